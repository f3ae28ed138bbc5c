import { request } from './helpers/decision';

describe('a call asked for on a weekday', () => {
	it('reads the day after a call to the user as when to call', () => {
		expect(request('Please ring me back on Thursday about the roof tiles, I am in all morning.')).not.toBeNull();
		expect(request('can the gardener phone me on Monday regarding the hedge quote')).not.toBeNull();
	});

	it('still reads a day as opening days asked about when nobody is asked to call the user', () => {
		expect(request('are your advisers available on saturday?')).toBeNull();
		expect(request('is there someone from the ticket office working on Sundays?')).toBeNull();
		expect(request('how do I reach the box office on Saturdays when the chat is closed?')).toBeNull();
	});
});

describe('a talk arranged after a cancel ending with an article', () => {
	it('reads "set up a call with" a person as the talk asked for', () => {
		expect(request('could you set up a call with an adviser for tomorrow afternoon?')).not.toBeNull();
		expect(request('please set up a meeting with one of your architects next week')).not.toBeNull();
	});

	it('still reads building a bot, asking how to set up a talk, or a talk someone set up, as no request', () => {
		expect(request('how do I set up a chat with a human agent on my shop website?')).toBeNull();
		expect(request('I want to set up a chatbot that hands over to my own staff')).toBeNull();
		expect(request('we set up a call with your planning team last month and agreed the layout')).toBeNull();
	});
});

describe('the bot asked to pass the user on', () => {
	it('reads the user right after a talk verb as the transfer asked of the bot', () => {
		expect(request('can the bot hand me over to a human? it keeps repeating itself')).not.toBeNull();
		expect(request('can your bot pass me on to someone in the warranty team')).not.toBeNull();
	});

	it('still reads chats or messages passed on as a question about the feature', () => {
		expect(request('can the bot pass messages to a human agent overnight?')).toBeNull();
		expect(request('does the bot pass me to a human if it gets stuck?')).toBeNull();
		expect(request('please pass my regards to the agent who fixed the router')).toBeNull();
	});
});

describe('a person asked to look at the matter in hand', () => {
	it('reads "this" after a service verb as the user\'s matter', () => {
		expect(request('can someone have a look at this, the meter reading is wrong again')).not.toBeNull();
		expect(request('could somebody check this for me before I pay the deposit?')).not.toBeNull();
	});

	it('does not read a look already taken, or one under a condition', () => {
		expect(request('someone already looked at this on Tuesday and it is fine')).toBeNull();
		expect(request('if someone could look at this one day that would be nice, no hurry')).toBeNull();
	});
});
