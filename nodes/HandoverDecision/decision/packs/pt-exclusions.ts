/** Portuguese uses of a request word that are not a request. */
export const portugueseExclusions: string[] = [
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
	// a stand or a mount sold, bought or broken, or a feature a mod needs: "vocês vendem suporte de bicicleta?", "o suporte articulado aguenta 30 kg?"
	'vendem suporte', 'vende suporte', 'suporte de teto', 'suporte de telemóvel', 'suporte de bike', 'suporte de bicicleta', 'suporte veicular', 'suporte celular',
	'suporte articulado', 'suporte de acrílico', 'suporte do bolo', 'suporte do banner', 'suporte do para', 'suporte pra bengala', 'suporte a dlc',
	// the user's own job in a team of another business: "trabalho no suporte de uma loja", "sou técnico de suporte numa escola"
	'trabalho no suporte', 'trabalho no atendimento', 'trabalhar no atendimento', 'sou técnico de suporte', 'cuido do atendimento', 'cuido sozinha do atendimento', 'cuido sozinho do atendimento',
];
