import { portugueseExclusions } from './pt-exclusions';
import { portugueseGrammar } from './grammar-pt';
import type { LanguagePack } from './types';

/** Portuguese, Brazilian chat style included ("pra", "pro", "agente" written for "a gente"). */
export const portuguese: LanguagePack = {
	code: 'pt',
	name: 'Portuguese',
	...portugueseGrammar,
	requests: [
		// human resources, an exclusion when only named ("trabalho com recursos humanos"), asked for with a talk or transfer verb
		'falar com recursos humanos', 'falar com o setor de recursos humanos', 'falar com o departamento de recursos humanos',
		'passar pro setor de recursos humanos', 'passar para o setor de recursos humanos', 'passar pra recursos humanos', 'passa pro setor de recursos humanos',
		'transferir para recursos humanos', 'transferir pro setor de recursos humanos',
		// a role an exclusion blocks when only mentioned, or a driver, asked for with a talk verb: "queria falar com o agente imobiliário", "consegue me colocar em contato com o motorista?"
		'falar com o agente imobiliário', 'falar com a agente imobiliária', 'falar com o meu agente imobiliário', 'falar com o agente de viagens', 'falar com o motorista', 'me colocar em contato com o motorista', 'me colocar em contacto com o motorista', 'falar com o cobrador',
		// the person named before, asked for by pronoun, the user's own wish (not 'podem falar com ele', the company told to): "a Dra. Helena tratou disso, posso falar diretamente com ela?"
		'posso falar com ela', 'posso falar com ele', 'posso falar diretamente com ela', 'posso falar diretamente com ele', 'posso falar direto com ela', 'posso falar direto com ele', 'quero falar com ela', 'quero falar com ele', 'queria falar com ela', 'queria falar com ele',
		// the same asked as a possibility: "a Karina me ajudou no ano passado, tem como falar com ela?"
		'tem como falar com ela', 'tem como falar com ele', 'dá pra falar com ela', 'dá pra falar com ele', 'consigo falar com ela', 'consigo falar com ele',
		// a person asked to serve the user on the phone: "a Dra. Carla pode me atender por telefone?"
		'me atender por telefone', 'me atender pelo telefone', 'atender-me por telefone', 'atender-me pelo telefone',
		// the person of a chat that dropped, asked for again: "a conversa caiu, consigo voltar a falar com ela?"
		'voltar a falar com ela', 'voltar a falar com ele', 'falar de novo com ela', 'falar de novo com ele',
		'entrar em contato comigo', 'entrar em contacto comigo',
		// the same asked for the family, club or farm the user writes for: "exigimos que alguém nos ligue", "liguem-nos hoje"
		'nos liga', 'nos ligue', 'nos liguem', 'liguem-nos', 'ligue-nos', 'nos ligassem',
		'nos retornar', 'nos retorne', 'nos retornem', 'entrem em contato conosco', 'entrem em contacto connosco',
		// the wish to be contacted, passive: "gostaria de ser contactado por alguém do comercial"
		'ser contactado', 'ser contactada', 'ser contatado', 'ser contatada',
		// the subjunctive after "que", safe only with the user as its object ('entre' alone is also "between"): "que alguém da loja entre em contato comigo"
		'entre em contato comigo', 'entre em contacto comigo', 'entrem em contacto comigo', 'entre em contato com a gente', 'entre em contacto connosco', 'entre em contato conosco',
		// the European imperative with its pronoun attached: "Telefone-me alguém da seguradora", "contacte-me por telemóvel", "escrevam-me para o email"
		'telefone-me', 'telefonem-me', 'contacte-me', 'contactem-me', 'contate-me', 'contatem-me', 'escreva-me', 'escrevam-me',
		// a call scheduled, or the bot's offer of one taken: "sim, pode agendar a ligação"
		'agendar a ligação', 'agendar uma ligação', 'agendar a chamada', 'agendar uma chamada', 'marcar a ligação', 'marcar uma ligação',
		'marcar a chamada', 'marcar uma chamada',
		'me telefonassem', 'me telefonem', 'me telefone', 'me ligassem',
		'me contatem', 'me contate', 'me contata', 'entrem em contato comigo',
		'alguém aí', 'tem alguém aí', 'está aí alguém', 'há aí alguém',
		'falar com um humano',
		'falar com uma pessoa',
		'falar com alguém',
		'falar com um atendente',
		'falar com atendente',
		'falar com o atendimento',
		'atendente',
		'atendentes',
		'atendimento humano',
		'atendimento humanizado',
		'pro atendimento',
		'para o atendimento',
		'agente',
		'humano',
		'ser humano',
		'pessoa real',
		'pessoa de verdade',
		'alguém de verdade',
		'alguém real',
		'operador',
		'um operador',
		'consultor',
		'consultora',
		'consultores',
		'consultoras',
		'representante',
		'me transfere',
		'me transfira',
		'transferir para',
		'me passa para',
		'me passa pro',
		// 'pra' as 'para': "me passa pra equipe de apostas"
		'me passa pra', 'me passe pra', 'me passe pro',
		'me passe para',
		'me coloca com',
		// put in touch with anyone named, a team of any name: "me coloca em contato com a equipe de cargas"
		'me coloca em contato', 'me coloque em contato', 'me põe em contato', 'me ponha em contato',
		'me liga',
		'me ligue', 'alguém liga pra mim', 'alguém da * liga pra mim', 'alguém do * liga pra mim', 'ligue pra mim', 'ligue para mim', 'liguem para mim',
		'me ligar',
		// 'telefonar' as 'ligar': "podem me telefonar?"
		'me telefonar', 'telefonar-me', 'me telefona',
		// someone, named or not, asked to call back: "a Fernanda do setor de intercâmbio pode me retornar?"
		'pode me retornar', 'podem me retornar', 'poderia me retornar', 'poderiam me retornar', 'consegue me retornar',
		// asked to be messaged on a channel ('no zap', 'no whats', 'no privado', 'pelo telefone'), not 'pode me chamar de Ana': "a Juliana pode me chamar no zap?"
		'me chamar no', 'me chama no', 'me chame no', 'me chamem no', 'me chamar pelo', 'me chama pelo', 'me chame pelo', 'me chamem pelo',
		'liguem pra mim',
		'chama alguém',
		'chame alguém',
		'chamar alguém',
		'ajuda de uma pessoa', 'ajuda humana', 'ajuda de um humano', 'uma pessoa veja', 'uma pessoa olhe',
		'de carne e osso',
		'escalar isso', 'escalar meu caso', 'me liguem', 'para me contactar', 'para me contatar',
		'alguém que possa me ajudar', 'alguém que pode me ajudar', 'alguém pra me ajudar',
		// someone of a place who can serve the user now: "tem alguém da agência que possa me atender?"
		'que possa me atender', 'que possa atender-me', 'que me possa atender',
		// someone asked to come by, 'passar' with the place right after it (not "passar o cabo"): "um técnico pode passar aqui amanhã?"
		'pode passar aqui', 'podem passar aqui', 'pode passar cá', 'podem passar cá', 'podia passar cá', 'podiam passar cá', 'pode passar lá em casa', 'podem passar lá em casa',
		'alguém do lado de vocês', 'alguém pode me responder', 'alguém me responde', 'me ligarem', 'me dar uma ligada',
		'me dá uma ligada', 'alguém vir me atender', 'alguém me atender', 'alguém pra me atender', 'alguém me atende', 'alguém me atenda',
		// the wish of being served, as Spanish 'que me atienda' (a short one once read as Spanish): "que me atenda uma pessoa"
		'que me atenda alguém', 'que alguém me atenda', 'que me atenda uma pessoa', 'me atenda uma pessoa', 'que me atenda um atendente',
		'podem ligar-me', 'pode ligar-me', 'liguem-me', 'ligue-me',
		// the same with a conditional or the clitic before the verb: "Podiam ligar-me amanhã de manhã?", "podem-me ligar?"
		'podiam ligar-me', 'podia ligar-me', 'poderiam ligar-me', 'poderia ligar-me', 'podem-me ligar', 'pode-me ligar', 'podiam-me ligar', 'podia-me ligar',
		// someone asked to contact the user (or the household): "queria que alguém me contactasse", "pode contactar-nos?"
		'me contactasse', 'me contactassem', 'me contatasse', 'me contatassem', 'me contactem', 'me contacte',
		'contactar-me', 'contatar-me', 'contactar-nos', 'contatar-nos', 'nos contactar', 'nos contatar', 'nos contactem', 'nos contatem',
		// a named person called for the user: "chama o Rodrigo pra mim"
		// 'seu' as a title before the name, the place after it: "chama o seu Joaquim do depósito pra mim"
		'chama o seu * pra mim', 'chama o seu * do * pra mim', 'chama o seu * da * pra mim', 'chama o seu * lá do * pra mim', 'chama o seu * lá da * pra mim',
		'chama o * pra mim', 'chama a * pra mim', 'chama o * para mim', 'chama a * para mim', 'chame o * para mim', 'chame a * para mim', 'chame o * pra mim', 'chame a * pra mim',
		// a person asked for on the phone, European: "posso ter o supervisor da entrega ao telefone hoje?"
		'ter o * ao telefone', 'ter a * ao telefone', 'ter o * do * ao telefone', 'ter o * da * ao telefone', 'ter a * do * ao telefone', 'ter a * da * ao telefone', 'ter alguém ao telefone',
		// someone asked to call the user back: "podem pedir pro Rafael Souza me retornar?"
		'pedir pro * me retornar', 'pedir pro * * me retornar', 'pedir pra * me retornar', 'pedir pra * * me retornar',
		'pedir ao * me retornar', 'pedir ao * * me retornar', 'pedir à * me retornar', 'pedir à * * me retornar',
		// the same asked of the bot in the imperative: "Pede pro Marcos Oliveira me retornar?", "peça à Ana me ligar"
		'pede pro * me retornar', 'pede pro * * me retornar', 'pede pra * me retornar', 'pede pra * * me retornar',
		'pede ao * me retornar', 'pede ao * * me retornar', 'pede à * me retornar', 'pede à * * me retornar',
		'pede pro * me ligar', 'pede pro * * me ligar', 'pede pra * me ligar', 'pede pra * * me ligar',
		'pede ao * me ligar', 'pede ao * * me ligar', 'pede à * me ligar', 'pede à * * me ligar',
		'peça pro * me retornar', 'peça pro * * me retornar', 'peça pra * me retornar', 'peça pra * * me retornar',
		'peça ao * me retornar', 'peça ao * * me retornar', 'peça à * me retornar', 'peça à * * me retornar',
		'peça pro * me ligar', 'peça pro * * me ligar', 'peça pra * me ligar', 'peça pra * * me ligar',
		'peça ao * me ligar', 'peça ao * * me ligar', 'peça à * me ligar', 'peça à * * me ligar',
		'pedir pro * me ligar', 'pedir pro * * me ligar', 'pedir ao * me ligar', 'pedir ao * * me ligar', 'pedir pra * me ligar', 'pedir pra * * me ligar',
		// a named person or role asked whether they can get back, however long the rest: "o Rafael pode me dar um retorno até sexta por favor"
		'o * pode me dar um retorno', 'a * pode me dar um retorno', 'o * pode me retornar', 'a * pode me retornar',
	],
	exclusions: portugueseExclusions,
	negations: [
		"esquece o que eu disse", "esquece o que falei", "esqueça o que eu disse", "esquece aquilo de",
		'não precisei', 'nem precisei',
		'não me liguem', 'não me ligue', 'não me ligar',
		'não preciso', 'não quero', 'não há necessidade', 'sem necessidade', 'não me passa', 'não me transfere', 'sem',
		'dispenso',
		'prefiro não',
		'nenhum', 'nenhuma',
	],
	wideNegations: ['não precisa', 'não é necessário', 'não obrigado', 'não obrigada'],
	negationsAfter: [
		"ignora isso", "ignore isso",'não é necessário', 'não precisa', 'desnecessário'],
	breakers: ['mas', 'quero', 'preciso', 'prefiro', 'melhor'],
	bots: ['bot', 'robô', 'robot', 'robôs', 'chatbot', 'máquina', 'máquinas', 'computador'],
	antiBot: ['não gosto de', 'odeio', 'não', 'nada de', 'chega de', 'cansei de', 'cansei do', 'em vez de', 'ao invés de', 'não com'],
	frustration: [
		'inútil',
		'não serve',
		'não serve pra nada',
		'você não entende',
		'não entende nada',
		// the bot, said of it: "o robô não entende"
		'não entende', 'não ajuda',
		'perda de tempo',
		'péssimo',
		'ridículo',
		'absurdo',
		'cansei',
		'que saco',
		'palhaçada',
		'lixo',
	],
	stopwords: [
		// common words one edit from a grammar word ('código' is no 'comigo', 'posto' no 'posso')
		'código', 'coleta', 'costa', 'costas', 'chave', 'pasta', 'pausa', 'posto', 'linda', 'falhar', 'travar', 'lidar',
		'media', 'médio', 'medida', 'salas', 'salões', 'querida', 'consta', 'atenta', 'chata', 'contratar',
		'contratada', 'cuidadosa', 'pessoais', 'escolar', 'renal', 'consultoria',
		'algum', 'alguma', 'alguns', 'contrato', 'então',
		'faltar', 'falta', 'falte', 'algo',
		'depois', 'amanhã', 'hoje', 'inglês', 'português', 'espanhol', 'devagar', 'mais', 'tarde', 'logo', 'claro',
		'sério', 'direito', 'baixo', 'alto', 'junto', 'rapidinho',
		'parte',
		'o', 'a', 'os', 'as', 'de', 'do', 'da', 'dos', 'das', 'que', 'e', 'em', 'um', 'uma', 'com', 'não', 'quero',
		'preciso', 'falar', 'meu', 'minha', 'você', 'obrigado', 'obrigada', 'olá', 'oi', 'por', 'favor', 'para', 'pra',
		'pro', 'está', 'como', 'tem', 'isso', 'eu', 'no', 'na', 'qual', 'quanto', 'sou', 'foi', 'já', 'muito', 'gente',
		// 'aguentar' (to stand, to bear), one letter from 'agente': "uma capa que aguente queda"
		'aguente', 'aguenta', 'aguentam', 'aguentar', 'aguentou',
		'pode', 'vai',
		'ninguém',
		// frequent words Spanish lacks, so a short Portuguese message sharing 'me', 'se', 'mandar' with Spanish is read as Portuguese: "pede pra Carla me mandar uma mensagem"
		'vocês', 'vc', 'vcs', 'tudo', 'essa', 'esse', 'isto', 'ainda', 'também', 'novo', 'nova', 'volta', 'faz', 'vezes', 'estou', 'tenho',
		'alguém', 'essas', 'esses', 'hj', 'pfv',
		// words Spanish spells otherwise: "pode me ligar, por favor", "quantas pessoas posso colocar no plano?"
		'ligar', 'ligue', 'liguem', 'pessoa', 'pessoas', 'atendente', 'desculpa', 'quantas', 'quantos', 'posso', 'onde', 'setor', 'quer',
		'ontem', 'agora', 'quando', 'gostaria', 'poderia', 'podem', 'pelo', 'pela', 'ao', 'mim', 'comigo', 'lhe', 'vou', 'ele', 'ela',
	],
};
