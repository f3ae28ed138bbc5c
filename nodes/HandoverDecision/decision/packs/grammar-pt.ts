import type { Grammar } from './types';
import { portugueseCancels } from './cancels-pt';
import { portugueseClauseLists } from './lists-pt';

/** Portuguese request frames and targets (see ../frames.ts); cancel frames in cancels-pt.ts, the clause checks' word lists in lists-pt.ts. */
export const portugueseGrammar: Grammar = {
	talkVerbs: [
		// a request noun with 'com', as 'reunião com': "preciso de uma videochamada com alguém da equipa técnica"
		'uma videochamada com', 'uma * chamada com', 'chamada telefónica com', 'chamada telefônica com',
		// meeting a person in person: "quero me reunir com o meu gerente na agência"
		'reunir com', 'reunião com', 'encontrar pessoalmente com',
		// a talk asked for as a noun: "queria marcar uma conversa com a recrutadora", "uma palavrinha com o gerente"
		'uma conversa com', 'uma palavra com', 'uma palavrinha com',
		// a formal noun request, as English 'a call from': "Solicito contato telefônico de um gerente"
		'contato telefônico de', 'contacto telefónico de', 'contato telefônico com', 'contacto telefónico com', 'uma ligação de',
		'me dar um retorno',
		'fala com', 'fale com', 'me telefonassem', 'me telefonem', 'me liguem', 'me ligassem',
		'ligação com',
		'revisar', 'analisar',
		'me passar para', 'me passar pro', 'me passar pra', 'passar para', 'passar pra',
		// 'passar com' as Spanish 'pasar con', the clitic 'me' first: "Podem me passar com a Renata, por favor?"
		'me passar com', 'me passa com', 'me passe com',
		// the same person again, a name right after: "dá pra falar de novo com a Camila?"
		'falar de novo com', 'falar outra vez com', 'voltar a falar com',
		// chat spelling 'c' or 'cm' for 'com': "qro falar c algm da loja", "qro falar cm uma pessoa"
		'falar c', 'fala c', 'fale c', 'conversar c', 'falar cm', 'fala cm', 'fale cm', 'conversar cm',
		'falar com', 'conversar com', 'falar a', 'me passa para', 'me passa pro', 'me passe para', 'me transfere para',
		'me transfira para', 'transferir para', 'transfere para', 'me transferir para', 'me coloca com',
		'me coloca em contato com', 'me põe em contato com', 'me conecta com', 'atendido por', 'atendida por', 'falar',
		// being transferred asked for in the passive, and the infinitive after a modal: "gostaria de ser transferido para o setor financeiro", "pode me conectar com o coordenador"
		'transferido para', 'transferida para', 'transferido pro', 'transferida pro', 'me conectar com',
		'chama', 'chame', 'chamar', 'conversar',
		// served by a person, 'pelo'/'pela' as well as 'por': "queria ser atendido pela dona da loja"
		'atendido pelo', 'atendida pelo', 'atendido pela', 'atendida pela',
		'falar com o', 'falar com a', 'me passa pra', 'passa pra',
		// an adverb between the verb and its preposition: "preciso de falar já com alguém"
		'falar já com', 'falar agora com', 'falar urgente com', 'falar urgentemente com', 'falar hoje com', 'falar diretamente com',
		'falar agora mesmo com', 'falar hoje mesmo com', 'falar ainda hoje com', 'falar já mesmo com',
		// someone asked to call the relative the user writes for: "alguém do atendimento pode ligar pra ela?"
		'ligar pra ela', 'ligar para ela', 'ligar pra ele', 'ligar para ele', 'ligue pra ela', 'ligue para ela', 'ligue pra ele', 'ligue para ele',
		'liguem pra ela', 'liguem para ela', 'liguem pra ele', 'liguem para ele',
		'explicar pra', 'explicar para',
		'possa ligar', 'posso ligar',
		'reclamar com',
		'me ligue', 'me retornar', 'me retorne', 'me retornem',
		'conversar isso com', 'falar isso com',
		'passa isso pra', 'passa isso para', 'passar isso pra', 'passar isso para', 'passe isso para',
		'levar isso pro', 'levar isso para', 'levar isso pra',
		'transferir me para', 'transfira me para', 'passe me para',
		// the European clitic after the plural and the indicative imperative: "por favor transfiram-me para um assistente", "ponham-me em contacto com o Dr. João"
		'transfiram-me para', 'transfere-me para', 'transfiram-me pro', 'transfere-me pro',
		'ponham-me em contacto com', 'ponham-me em contato com', 'ponha-me em contato com', 'põe-me em contacto com', 'põe-me em contato com', 'passa me para', 'ponha me em contacto com',
		// European Portuguese
		'pôr-me em contacto com', 'pôr-me em contato com', 'me colocar em contato com', 'me colocar em contacto com', 'colocar-me em contacto com', 'me pôr em contacto com',
		'me telefonasse', 'me telefone', 'telefonar-me', 'ligar-me', 'me ligasse',
		'passe-me a', 'passa-me a', 'passem-me a', 'passe-me ao', 'passa-me ao', 'passem-me ao', 'passe-me à', 'passa-me à',
		// the infinitive after a modal, and 'para': "pode passar-me à equipa da loja?", "encaminhem-me para a equipa jurídica"
		'passar-me a', 'passar-me ao', 'passar-me à', 'passem-me à', 'passar-me para', 'passe-me para', 'passa-me para', 'passem-me para',
		'encaminhar-me para', 'encaminhe-me para', 'encaminhem-me para', 'encaminha-me para', 'me encaminhe para', 'me encaminhem para', 'me encaminha pra', 'me encaminha para',
		// 'pro'/'pra' as well as 'para': "tem como me transferir pro suporte técnico?"
		'me transferir pro', 'me transferir pra', 'transferir pro', 'transferir pra', 'me transfere pro', 'me transfere pra',
		'me transfira pro', 'me transfira pra', 'transfere pro', 'transfere pra',
		// the infinitive after a modal: "vc consegue me colocar com o pessoal do pet shop?"
		'me colocar com', 'colocar-me com', 'me coloque com', 'me coloquem com',
		// the clitic before the modal: "vocês me podem passar com a fonoaudióloga?"
		'me podem passar com', 'me pode passar com', 'me podem passar para', 'me pode passar para', 'me podem passar a', 'me pode passar a',
		// the matter settled with a person: "prefiro tratar disto com um funcionário", "prefiro resolver isto com a secretaria"
		'tratar disto com', 'tratar disso com', 'tratar isto com', 'tratar isso com', 'resolver isto com', 'resolver isso com',
		// 'pro' as well as 'pra' after 'passa': "passa pro pessoal do financeiro"
		'passa pro', 'passe pro', 'passe pra',
	],
	wantVerbs: ['quero', 'preciso', 'queria', 'prefiro', 'me dá', 'me dê', 'peço',
		'quero que', 'queria que', 'gostaria que', 'prefiro que', 'preferia que',
		// the same wish of a couple or family (../wishedCallers.ts): "gostaríamos que o padre Antônio nos ligasse"
		'queríamos que', 'gostaríamos que', 'gostariamos que',
		// a formal request: "solicito que um funcionário entre em contato comigo", "peço que a gerente me ligue"
		'solicito', 'solicito que', 'peço que', 'peco que',
	],
	reachVerbs: ['contatar', 'entrar em contato com', 'entro em contato com', 'contato com', 'contacto com', 'entrar em contacto com', 'ligar para', 'falar com alguém de', 'entrem em contato com', 'entre em contato com'],
	people: [
		// a technician of the company asked to come: "vocês podem mandar um técnico?"
		'técnico', 'técnicos',
		// business roles asked for by name: "me passar pro meu gerente de contas", "falar com um desenvolvedor"
		'gerente de contas', 'gerente de conta', 'meu gerente de contas', 'minha gerente de contas', 'desenvolvedor', 'desenvolvedora',
		// a doctor a patient asks for: "preciso falar com um médico"
		'médico', 'médica',
		// a clinic's nurse: "me passa pra alguma enfermeira"
		'enfermeira', 'enfermeiro',
		// an expert of the business a customer asks for: "gostaria de falar com um jurista", "uma nutricionista"
		'jurista', 'nutricionista',
		// an analyst of the business's desk: "consegue me colocar em contato com um analista do service desk?"
		'analista', 'analistas',
		'colaborador', 'colaboradora',
		'pessoa', 'pessoas', 'humano', 'ser humano', 'alguém', 'gerente', 'responsável', 'supervisor', 'supervisora',
		'chefe', 'atendente', 'atendentes', 'agente', 'consultor', 'consultora', 'operador', 'representante',
		'funcionário', 'funcionária', 'vendas', 'setor de vendas', 'financeiro', 'equipe financeira', 'gente', 'senhor',
		'senhora', 'dona', 'pessoa real', 'pessoa de verdade',
		'especialista',
		'quem cuida', 'quem resolve', 'quem é responsável',
		'assistente', 'colega',
		'vendedor', 'vendedora',
		'coordenador', 'coordenadora',
		// a doctor's or a manager's secretary: "falar com a Dra. Patrícia ou com a secretária dela"
		'secretária', 'secretário',
		// senhor, senhora abbreviated before a name: "gostaria que o Sr. Tavares me ligasse"
		'sr', 'sra',
		// the young woman or man of a desk, called for: "chama a moça do atendimento pra mim"
		'moça', 'moço',
		// um profissional pelo seu ofício: "vocês me podem passar com a fonoaudióloga?", "o veterinário pode me ligar?"
		'dentista', 'advogado', 'advogada', 'veterinário', 'veterinária', 'farmacêutico', 'farmacêutica', 'fonoaudiólogo', 'fonoaudióloga', 'arquiteto', 'arquiteta', 'instrutor', 'instrutora', 'recepcionista',
		// quem vende, aluga ou ensina: "falar com o síndico", "o lojista pode me ligar", "conversar com a professora do meu filho"
		// 'administrador' is a known word (Spanish 'administrador de fincas'), so its form alone no longer reads it: "quero falar com o administrador do condomínio"
		'administrador', 'administradora',
		'síndico', 'síndica', 'lojista', 'professor', 'professora', 'tutor', 'tutora',
		// quem é mandado até o cliente: "manda um guincho", "mandem um mecânico aqui"
		'mecânico', 'mecânicos', 'guincho',
		// everyday trades and carers asked for, not only in a talk verb's slot: "queria que o montador voltasse cá", "agradecia que o eletricista me telefonasse"
		'montador', 'montadores', 'cuidador', 'cuidadora', 'recrutador', 'recrutadora', 'eletricista', 'encanador', 'canalizador', 'entregador', 'entregadora',
	],
	departments: [
		'central',
		'suporte', 'suporte técnico', 'atendimento', 'atendimento ao cliente', 'central de atendimento', 'sac',
		'assistência técnica',
		'central de ajuda',
		'com quem eu falo', 'com quem falo',
		'ouvidoria', 'serviço de apoio', 'apoio ao cliente', 'linha de apoio',
		'departamento técnico',
		// the technical team: "me passa pra equipe técnica"
		'equipe técnica', 'equipa técnica', 'setor técnico', 'área técnica', 'time técnico',
		// the bookings team: "dá pra me passar pro time de reservas?"
		'time de reservas', 'equipe de reservas', 'setor de reservas', 'central de reservas', 'departamento de reservas',
		// a school's or a club's office: "conversar com a coordenação pedagógica", "resolver isto com a secretaria do clube"
		'coordenação', 'coordenação pedagógica', 'secretaria',
	],
	fillers: [
		'um', 'uma', 'o', 'a', 'os', 'as', 'ao', 'seu', 'sua', 'de', 'da', 'do', 'verdade', 'real', 'humano', 'setor',
		'equipe', 'equipa', 'vossa', 'vosso',
		'por', 'favor', 'para', 'pro', 'diretamente', 'com',
		'qualquer', 'outro', 'outra',
		// "me passa pra alguma enfermeira", "algum técnico"
		'alguma', 'algum',
		// the people of a team: "passa pro pessoal do financeiro"
		'pessoal',
		// a time word between the verb and the person: "falar hoje com o gerente", "conversar agora mesmo com um técnico"
		'hoje', 'agora', 'mesmo',
		// in person: "gostaria de conversar pessoalmente com o proprietário"
		'pessoalmente',
	],
	topics: ['sobre', 'acerca', 'respeito', 'relação', 'assunto', 'referente'],
	infinitives: ['para', 'pra'],
	notAlone: ['moça', 'moço', 'sr', 'sra', 'vendas', 'financeiro', 'financeira', 'senhor', 'senhora', 'dona', 'gente'],
	conjunctions: ['e'],
	ones: ['um', 'uma'],
	conditionals: ['se'],
	// weekdays, as Danish: "se … não mandar as fotos até sexta, aí sim vou querer falar com alguém" ('segunda' is also 'second');
	// 'de novo', 'outra vez': the same failure again, still to come ("se falhar de novo")
	// the weekend of the cancel 'fim de semana', a day a call is asked for: "preciso que alguém me ligue neste fim de semana"
	aheadDays: ['semana'],
	futures: ['amanhã', 'próxima', 'próximo', 'terça', 'quarta', 'quinta', 'sexta', 'sábado', 'domingo', 'de novo', 'outra vez'],
	aheadConditionals: ['caso'],
	courtesies: ['tiver tempo', 'tiverem tempo', 'um tempinho', 'um momento', 'possível'],
	later: ['poderia', 'poderei', 'vou poder', 'vai poder', 'depois', 'mais tarde'],
	// someone else typed the quoted request, or the bot is to ignore it (see ../quotes.ts)
	// a message the app shows, quoted: o app diz "fale com um atendente"
	disowns: ['diz', 'aparece', 'aparecendo', 'apareceu', 'digitou', 'escreveu', 'ignora', 'ignore', 'ignorar'],
	// a request taken back by a later clause that ends with one (see ../marks.ts)
	takeBacks: ['ah não', 'ah não deixa', 'deixa quieto', 'mas deixa', 'deixa pra lá', 'deixa para lá', 'esquece', 'já consegui', 'já resolvi', 'já achei'],
	contrasts: ['mas', 'porém'],
	abbreviations: ['sr', 'sra', 'srta', 'dr', 'dra', 'prof', 'profa'],
	firstPersons: ['eu', 'quero', 'preciso', 'posso', 'gostaria', 'acabei', 'achei', 'encontrei'],
	complementisers: ['que'],
	declines: ['não', 'nao', 'nah', 'esquece', 'deixa', 'não obrigado', 'melhor não'],
	// a "wait"/"actually" word next to a decline opens a correction (see ../corrections.ts)
	selfCorrections: ['espera', 'pera'],
	urgers: ['por favor', 'pfv', 'pf', 'agora', 'agora mesmo', 'já', 'urgente', 'o quanto antes', 'quanto antes', 'o mais rápido possível', 'o mais breve possível'],
	// urge only ending their clause: see ../marks.ts
	clauseEndUrgers: ['agora', 'já'],
	cancels: portugueseCancels,
	...portugueseClauseLists,
};
