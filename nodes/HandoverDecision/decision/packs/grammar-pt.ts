import type { Grammar } from './types';

/** Portuguese request frames, targets and the frames that cancel them (see ../frames.ts). */
export const portugueseGrammar: Grammar = {
	talkVerbs: [
		'falar com', 'conversar com', 'falar a', 'me passa para', 'me passa pro', 'me passe para', 'me transfere para',
		'me transfira para', 'transferir para', 'transfere para', 'me transferir para', 'me coloca com',
		'me coloca em contato com', 'me põe em contato com', 'me conecta com', 'atendido por', 'atendida por', 'falar',
		'chama', 'chame', 'chamar', 'conversar',
		'falar com o', 'falar com a', 'me passa pra', 'passa pra',
		'explicar pra', 'explicar para',
		'possa ligar', 'posso ligar',
		'reclamar com',
	],
	wantVerbs: ['quero', 'preciso', 'queria', 'prefiro', 'me dá', 'me dê', 'peço'],
	reachVerbs: ['contatar', 'entrar em contato com', 'entro em contato com', 'contato com', 'ligar para', 'falar com alguém de'],
	people: [
		'pessoa', 'pessoas', 'humano', 'ser humano', 'alguém', 'gerente', 'responsável', 'supervisor', 'supervisora',
		'chefe', 'atendente', 'atendentes', 'agente', 'consultor', 'consultora', 'operador', 'representante',
		'funcionário', 'funcionária', 'vendas', 'setor de vendas', 'financeiro', 'equipe financeira', 'gente', 'senhor',
		'senhora', 'dona', 'pessoa real', 'pessoa de verdade',
		'especialista',
	],
	departments: [
		'suporte', 'suporte técnico', 'atendimento', 'atendimento ao cliente', 'central de atendimento', 'sac',
		'assistência técnica',
		'central de ajuda',
		'com quem eu falo', 'com quem falo',
	],
	fillers: [
		'um', 'uma', 'o', 'a', 'os', 'as', 'ao', 'seu', 'sua', 'de', 'da', 'do', 'verdade', 'real', 'humano', 'setor', 'equipe',
		'por', 'favor', 'para', 'pro', 'diretamente', 'com',
	],
	urgers: ['por favor', 'pfv', 'pf', 'agora', 'já', 'urgente'],
	cancels: [
		'falei com', 'já falei',
		'criar', 'construir', 'desenvolver', 'software', 'plataforma', 'função', 'funcionalidade', 'permite', 'integração',
		'integrar', 'painel', 'preço', 'custa', 'quanto', 'plano', 'idiomas', 'horário', 'informações sobre', 'me fale sobre',
		'automação', 'ferramenta', 'produto', 'seu bot', 'o bot pode', 'revisam',
		'parabéns', 'foi muito', 'muito rápido', 'quebrado', 'já conversei', 'conversei com', 'programou', 'obrigado pelo', 'obrigada pelo', 'disse que',
		'vaga', 'tenho interesse', 'me ajudou', 'já me ajudou', 'já veio', 'deixa o cliente', 'o cliente pedir', 'criando', 'abre no', 'abre aos', 'que horas abre',
		'voltou',
		'minha mãe', 'meu pai', 'agradeça', 'foram ótimos', 'foi excelente', 'número do meu chamado',
		'desativo', 'desativar', 'disse pra', 'última vez',
		'confere os', 'confere as', 'recarga',
		'acabou o',
		'demora mais', 'mais rápido',
	],
	identity: [
		'você é um', 'você é uma', 'você é humano', 'você é real', 'é um robô', 'é um bot', 'estou falando com',
		'estou conversando com', 'robô ou com um humano', 'robô ou humano', 'humano ou robô', 'bot ou humano',
		'tu és um', 'vc é um', 'vc é uma',
		'é uma pessoa que', 'que tá respondendo', 'que está respondendo', 'é automático',
		'tô falando com', 'to falando com',
		'robô ou pessoa', 'robô ou gente', 'quem tá me respondendo', 'quem está me respondendo',
	],
};
