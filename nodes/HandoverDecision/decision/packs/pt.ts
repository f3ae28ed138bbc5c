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
	exclusions: [
		// a visit as a time, before or after it, not one asked for ('da' is the asker 'dá' once normalised): "ninguém me ligou depois da visita técnica"
		'depois da visita', 'antes da visita', 'após a visita', 'desde a visita',
		// a human body's matter, or a quality of service, not a person asked for: "peruca de cabelo humano", "o atendimento mais humano"
		'cabelo humano', 'sangue humano', 'restos humanos', 'mais humano', 'mais humana',
		// a size, not a person: "vocês imprimem em tamanho humano?"
		'tamanho humano', 'escala humana',
		// how to reach a team, an A, not a request now (a person asked so still is: "como faço pra falar com um humano?")
		'faço pra falar com o atendimento', 'faço para falar com o atendimento', 'faz pra falar com o atendimento', 'faz para falar com o atendimento', 'faço pra falar com o suporte', 'faço para falar com o suporte', 'faz pra falar com o suporte', 'faz para falar com o suporte',
		// the company told to talk to a third party, a relative who handles it (not 'posso falar com ela'): "minha filha é a titular, o atendimento pode falar direto com ela"
		'pode falar direto com ela', 'pode falar direto com ele', 'pode falar diretamente com ela', 'pode falar diretamente com ele', 'podem falar direto com ela', 'podem falar direto com ele', 'podem falar diretamente com ela', 'podem falar diretamente com ele', 'atendimento pode falar',
		// an agent who called back, reported: "um atendente me ligou de volta"; a sales agent somewhere, asked about: "vocês têm agente de vendas em Portugal?"
		'atendente me ligou', 'atendente me retornou', 'agente me ligou', 'tem agente de vendas', 'têm agente de vendas', 'tem agentes de vendas', 'têm agentes de vendas', 'tem representante em', 'têm representante em',
		// the user calling themself 'the human here': "o humano aqui esqueceu a senha"; a human instructor or teacher as a feature of a class: "as aulas têm instrutor humano?"
		'o humano aqui esqueceu', 'o humano aqui perdeu', 'a humana aqui esqueceu', 'a humana aqui perdeu', 'instrutor humano', 'instrutora humana', 'instrutores humanos', 'professor humano', 'professora humana', 'professores humanos',
		// the person who sold something, a report (as Spanish 'agente que le vendió'): "o agente que me vendeu não soube explicar"
		'agente que me vendeu', 'atendente que me vendeu', 'vendedor que me vendeu', 'vendedora que me vendeu', 'corretor que me vendeu',
		'agente me vendeu', 'atendente me vendeu',
		// a worker sent to do a job, a dispatch, not a handover: "chama a moça da limpeza pro quarto 12"
		'moça da limpeza', 'moço da limpeza', 'moça da manutenção', 'moço da manutenção', 'moço da entrega', 'moça da entrega',
		'moço do gás', 'moço da obra', 'moço da piscina', 'moço do jardim',
		// "humano" describing a body part, a use, a virus or food for people: "o ouvido humano", "próprio para consumo humano", "papilomavírus humano", "comida de humano pro gato"
		'ouvido humano', 'olho humano', 'corpo humano', 'cérebro humano', 'consumo humano', 'uso humano', 'pele humana', 'voz humana', 'vírus humano', 'papilomavírus humano', 'papiloma humano', 'imunodeficiência humana', 'insulina humana', 'dna humano', 'comida de humano', 'comida humana', 'remédio de humano', 'remédio humano', 'alimento humano', 'alimentação humana',
		// people as the subjects of a product's use: "pode ser usado em humanos?"
		'em humanos', 'em seres humanos',
		// humans as a species catching or taking something: "humanos podem pegar sarna do cachorro?"
		'humanos podem pegar', 'humanos pegam', 'que os humanos', 'como os humanos', 'pega em humanos',
		// the user's own visit: "a gente pode passar aqui amanhã?"
		'a gente pode passar', 'agente pode passar',
		'ser atendente', 'ser agente',
		// the computer as a device, support as a feature
		'no computador', 'pelo computador', 'do computador', 'tem suporte pra', 'tem suporte para', 'tem suporte a',
		'assistente virtual', 'assistente de ia', 'assistente pessoal', 'assistente de voz', 'meu colega', 'minha colega',
		'operadora cobrou', 'operador cobrou', 'operadora me cobrou',
		// the phone carrier, not a woman operator: "a operadora cortou meu sinal", "troquei de operadora"
		'operadora cortou', 'operadora bloqueou', 'operadora suspendeu', 'operadora cancelou', 'operadora derrubou', 'minha operadora', 'de operadora',
		'atendente vai ver',
		// staff as the subject of a loss, a report (a reason after a request, "… que o atendente perdeu", is no subject of it): "o atendente do balcao perdeu meu documento"
		'atendente perdeu', 'atendente do * perdeu', 'atendente da * perdeu', 'atendente de * perdeu',
		'atendentes perderam', 'atendentes do * perderam', 'atendentes da * perderam', 'atendentes de * perderam',
		'agente perdeu', 'agente do * perdeu', 'agente da * perdeu', 'agente de * perdeu',
		'consultor perdeu', 'consultor do * perdeu', 'consultor da * perdeu', 'consultor de * perdeu',
		'consultora perdeu', 'consultora do * perdeu', 'consultora da * perdeu', 'consultora de * perdeu',
		'operador perdeu', 'operador do * perdeu', 'operador da * perdeu', 'operador de * perdeu',
		'representante perdeu', 'representante do * perdeu', 'representante da * perdeu', 'representante de * perdeu',
		'quantos atendentes', 'meu supervisor', 'minha supervisora', 'meu chefe', 'minha chefe',
		'como atendente', 'como agente',
		'agente de viagens',
		// a freight or customs agent: "o agente de carga mandou o packing list errado"
		// money returned, not a call: "vocês podem me retornar o valor?"
		'me retornar o valor', 'me retornar o dinheiro', 'me retornar o pagamento', 'me retornar o saldo',
		'me retornar o estorno', 'me retornar o reembolso', 'me retornar o crédito', 'me retornar o frete', 'me retornar os valores',
		'me retornar a diferença', 'me retornar a taxa', 'me retornar a quantia', 'me retornar meu dinheiro', 'me retornar o meu dinheiro',
		'agente de carga', 'agente de cargas', 'agentes de carga', 'agente aduaneiro', 'agente alfandegário', 'agente de exportação', 'agente de importação',
		// sales figures, not the sales team: "quero as vendas do mês" (the team is "vendas", "o setor de vendas")
		'as vendas',
		'agente de viagem',
		'agente imobiliário',
		'agente de seguros',
		// a debt collector: "vocês trabalham com agente de cobrança terceirizado?"
		'agente de cobrança', 'agentes de cobrança', 'agente de cobranças', 'agentes de cobranças',
		'agente secreto', 'agentes secretos',
		'agente de usuário',
		'user agent',
		'agente de ia',
		'agente de trânsito',
		'agente de saúde',
		'agente comunitário',
		'agente penitenciário',
		'agente da polícia', 'agente da psp', 'agentes da psp', 'agente da gnr', 'agentes da gnr', 'agente de polícia',
		'agente federal',
		'sou agente', 'sou vendedor', 'sou vendedora',
		'erro humano',
		// the body as a topic: "um trabalho sobre o corpo humano"
		'corpos humanos',
		// more of the body and its likeness, as 'corpo humano': "uma miniatura do esqueleto humano"
		'esqueleto humano', 'coração humano', 'crânio humano', 'caveira humana', 'osso humano', 'ossos humanos', 'mão humana', 'mãos humanas',
		'rosto humano', 'figura humana', 'anatomia humana', 'humano anatômico', 'humano anatómico',
		// someone who comes by, not someone to be passed to: "uma equipe que passa pra coletar em casa"
		'que passa pra', 'que passa para', 'que passam pra', 'que passam para', 'que passe pra', 'que passe para',
		'erros humanos',
		'meu humano', 'minha humana', 'humano da casa', 'humana da casa', 'humanos da casa',
		'recursos humanos',
		'direitos humanos',
		'artigo de suporte',
		'artigos de suporte',
		'com suporte para',
		// "agente" written for "a gente" (we), followed by a verb
		'agente vai',
		'agente foi',
		'agente tem',
		'agente tá',
		'agente está',
		'agente estava',
		'agente quer',
		'agente queria',
		'agente precisa',
		'agente se',
		'agente já',
		'agente fica',
		'agente fez',
		'agente pode',
		'agente não',
		'agente viu',
		'agente chegou',
		'agente comprou',
		'suporte do monitor', 'agente dos correios',
		'sou uma pessoa real', 'sou uma pessoa', 'sou humano', 'sou humana',
		'analista de suporte', 'analistas de suporte', 'é atendente', 'é agente', 'é representante', 'é consultor',
		'é consultora', 'licença de atendente',
		// the user's own or a third party's financial consultant ("o consultor financeiro da minha empresa indicou …"), not one of
		// the business's, who is asked for: "consegue me transferir pra um consultor financeiro de vocês?"
		'consultor financeiro da minha', 'consultora financeira da minha', 'consultor financeiro do meu', 'consultora financeira do meu',
		'meu consultor financeiro', 'minha consultora financeira', 'sou consultor', 'sou consultora', 'consultor de investimentos',
		'que muito atendente', 'que qualquer atendente', 'suporta', 'suportam',
		'aguardando atendente', 'aguardando um atendente', 'aguardando o atendente', 'atribuído a um operador',
		// support as a thing or a feature: a stand or a mount, support given to a format ("suporte de parede da TV", "vocês dão suporte pra 3MF?")
		'suporte de parede', 'suporte de celular', 'suporte pra celular', 'suporte para celular', 'suporte de moto', 'suporte para vasos', 'suporte de tv',
		'dão suporte pra', 'dão suporte para', 'dão suporte a', 'dá suporte pra', 'dá suporte para', 'dá suporte a',
	],
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
