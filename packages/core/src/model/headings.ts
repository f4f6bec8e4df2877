import type {SectionKind} from '../types.js'
import {trimTrailing} from '../text/runs.js'
import {RecentTexts} from '../text/recent.js'

/**
 * How headings name what their section is about, per kind. Patterns run on
 * the heading title folded to lowercase ASCII (accents removed, "œ" → "oe",
 * curly apostrophes straight), in English, French and Spanish. Lookarounds
 * keep a word out of a kind where it only qualifies another: "Results
 * framework" is monitoring, not objectives; "Implementation arrangements" is
 * stakeholders, not activities; "Activities by outcome" is not objectives.
 */
export const SECTION_KIND_PATTERNS: Readonly<Record<SectionKind, readonly RegExp[]>> = {
  objectives: [
    /\bobjectives?\b/,
    /\bgoals?\b/,
    /(?<!\b(?:by|per) )\boutcomes?\b/,
    // "Measuring training results" is about monitoring: a result after an -ing word is not an objective.
    /(?<!\b(?:by|per|\w+ing) )\bresults?\b(?![ -](?:framework|based|matrix|chain|monitoring))/,
    /\bobjectifs?\b/,
    // Results measured or followed are monitoring: "Comment mesurerez-vous les résultats ?", "Comment les résultats seront-ils suivis ?".
    /(?<!\b(?:cadre|matrice) de |\bsuivi des |\bmesure(?:r|rez-vous|ra|rons) (?:les )?)\bresultats?\b(?! (?:seront-ils|seront|sont) (?:suivi|mesure)s?\b)/,
    /\beffets? (?:attendus?|escomptes?)\b/,
    /\bobjetivos?\b/,
    /\baims?\b/,
    /\bfinalites?\b/,
    /\bmetas?\b/,
    /\bproposito\b/,
    /\bwhat success (?:would|will) look like\b/,
    // What the project wants to change, asked as templates ask it.
    /\bwhat (?:we|the project) (?:wants?|aims?|hopes?|seeks?|intends?) to (?:change|achieve|accomplish)\b/,
    /\bce que (?:nous voulons|le projet veut|le projet vise a|nous visons a) (?:changer|obtenir|atteindre|accomplir)\b/,
    /\b(?:lo )?que (?:queremos|quieren|quiere|buscamos|buscan|pretendemos|pretenden|busca el proyecto|pretende el proyecto) (?:lograr|conseguir|cambiar|alcanzar)\b/,
    /\bwhat do (?:we|you) (?:want|hope|aim|seek) to (?:change|achieve|accomplish)\b/,
    // The changes sought: "What changes do you want to see?", "Quels changements voulons-nous obtenir ?", "¿Qué cambios se esperan?".
    /\bwhat changes? (?:do|will) (?:we|you) (?:want|hope|expect|seek) to (?:see|achieve|bring)\b/,
    /\bquels? changements? (?:voulons-nous|voulez-vous|visons-nous|visez-vous|attendons-nous|attendez-vous|souhaitons-nous|souhaitez-vous)\b/,
    /\bque cambios (?:queremos|quieren|buscamos|buscan|esperamos|esperan|se esperan)\b/,
    /\bque (?:voulons-nous|voulez-vous|cherchons-nous|cherchez-vous|visons-nous|visez-vous|veut le projet|vise le projet) (?:changer|obtenir|atteindre|accomplir)\b/,
    /(?<!\b(?:marco|matriz) de |\bseguimiento de (?:los )?)\bresultados?\b/,
  ],
  activities: [
    /\bactivit(?:y|ies)\b/,
    /\boutputs?\b/,
    /\bwork ?-?plans?\b/,
    /\bdeliverables?\b/,
    /\bimplementation\b(?! (?:arrangements?|modalities|structure))/,
    /\bactivites?\b/,
    /\bproduits?\b/,
    /\bextrants?\b/,
    /\bplan de travail\b/,
    /(?<!\bmodalites de )\bmise en oeuvre\b/,
    /\bactividades?\b/,
    /\bproductos?\b/,
    /\bplan de trabajo\b/,
    /\binterventions?\b/,
    /\bwhat we(?: propose| will do| plan to do| are going to do|'re going to do)\b/,
    /\bce que (?:nous proposons|nous (?:allons|comptons) faire|nous ferons|le projet (?:fera|va faire))\b/,
    /\b(?:lo )?que (?:proponemos|proponen|haremos|haran|vamos a hacer|van a hacer)\b/,
    /\bwhat will (?:we|you|the project) do\b/,
    /\bque (?:ferons-nous|ferez-vous|proposons-nous|proposez-vous|fera le projet)\b/,
    /\bqu'(?:allons-nous|allez-vous) faire\b/,
    /\bwork programme\b/,
    /\bactions? (?:prevues|envisagees)\b/,
    /\baxes? d'intervention\b/,
    /\bacciones (?:previstas|propuestas)\b/,
    /\blineas de (?:accion|intervencion)\b/,
    /\bproject plan\b/,
    /\bwork ?-?packages?\b/,
    /\broad ?-?maps?\b/,
    /\bmilestones?\b/,
    /\btime ?-?lines?\b/,
    /\bmethodology\b/,
    /\bchronogrammes?\b/,
    /\bcalendrier (?:d'execution|des activites)\b/,
    /\bstrategie d'intervention\b/,
    /\bmethodologie\b/,
    /\bcronogramas?\b/,
    /\bestrategia de intervencion\b/,
    /\bmetodologia\b/,
    // How the work unfolds: "Delivery plan", "Estrategia de implementación", "Déroulement du projet".
    /\bdelivery (?:plan|approach|strategy)\b/,
    /\bimplementacion\b(?! (?:institucional|administrativa))/,
    /\bplan de (?:ejecucion|implementacion)\b/,
    /\bderoulement\b/,
  ],
  budget: [
    /\bbudgets?\b/,
    /\bcosts?\b(?! (?:effectiveness|efficiency))/,
    /\bcost estimates?\b/,
    /\bfinancial plan\b/,
    /\bfinanc(?:ing|es)\b/,
    /(?<!\bhuman )\bresources\b/,
    /\bbudgetaires?\b/,
    /\bcouts?\b/,
    /\bplan de financement\b/,
    /\bressources\b/,
    /\bpresupuestos?\b/,
    // The adjective: "Líneas presupuestarias (USD)", "Partidas presupuestarias".
    /\bpresupuestari[oa]s?\b/,
    /\bcostos?\b/,
    /\brecursos\b/,
    // "Funding", "Funding requested"; not a grant form's "Proposal for funding" (the whole document).
    /(?<!\b(?:proposal|request|application|applications|requests|proposals) for )\bfunding\b(?! (?:ends|runs out|stops|is over|has ended))/,
    /\bexpenditures?\b/,
    /\bcosting\b/,
    /\bplan financier\b/,
    /\bdepenses\b/,
    /\bplan financiero\b/,
    /\bgastos\b/,
    /\bmeans and resources\b/,
    /\bmoyens\b/,
    /\bmedios\b(?! de (?:vida|comunicacion|verificacion))/,
    // Not the funding's end a sustainability question asks about ("Que se passera-t-il quand le financement prendra fin ?").
    /\bfinancement\b(?! (?:prendra fin|prend fin|s'arretera|s'arrete|se terminera|se termine|sera epuise))/,
    /(?<!\b(?:se acabe|se termine|termine|finalice|acabe) el )\bfinanciamiento\b(?! (?:termine|se acabe|finalice|acabe))/,
    /(?<!\b(?:se acabe|se termine|termine|finalice|acabe) la )\bfinanciacion\b(?! (?:termine|se acabe|finalice|acabe))/,
    // What it costs, asked as templates ask it: "Combien cela coûte-t-il ?", "¿Cuánto costará?" ("What will it cost?" has "cost").
    /\bcombien (?:[\w'-]+ ){0,3}(?:coute|coutent|coutera|couteront)\b/,
    /\bcuanto (?:[\w'-]+ ){0,3}(?:cuesta|cuestan|costara|costaran)\b/,
    // Or told, as "What it costs" is: "Ce que ça coûte", "Lo que cuesta".
    /\bce que (?:ca |cela |le projet |l'action )?(?:coute|coutera)\b/,
    /\blo que (?:nos |le |les )?(?:cuesta|costara)\b/,
    // What the applicant asks for: "Combien il nous faut", "De combien avons-nous besoin ?", "Cuánto necesitamos", "How much we need".
    /^(?:de )?combien (?:il (?:nous )?faut|nous faut-il|faut-il|(?:nous )?demandons(?:-nous)?|avons-nous besoin)\b/,
    /^[¿]?(?:lo )?cuanto (?:necesitamos|pedimos|solicitamos)\b/,
    /^how much (?:money )?(?:we need|do we need|we are asking for|are we asking for)\b/,
    // Plain words for it, as a note or a plain-language form heads it: "Money (USD, rough)", "Dinero", "L'argent".
    /^(?:the |l'|el )?(?:money|argent|dinero)\b(?! (?:transfers?|laundering|lenders?|order))/,
  ],
  monitoring: [
    /\bmonitoring\b/,
    /\bevaluations?\b/,
    /\bm ?& ?e\b/,
    /\bm ?and ?e\b/,
    // "S&E" (suivi et évaluation, seguimiento y evaluación) and "MyE" (monitoreo y evaluación).
    /\bs ?& ?e\b/,
    /\bm ?y ?e\b/,
    /\bmea?l\b/,
    /\bmerl\b/,
    /\bresults?[ -](?:framework|based|matrix|chain|monitoring)\b/,
    /\blog ?frames?\b/,
    /\blogical framework\b/,
    /\bindicators?\b/,
    /\bperformance measurement\b/,
    // Reporting with what it reports on ("Reporting and evaluation", "Progress reporting"); a bare "Reporting and
    // communication" heading is about the donor's reports and visibility.
    /\breporting\b(?!\s+(?:and|&)\s+(?:communications?|visibility))/,
    /\bsuivi\b/,
    /\b(?:cadre|matrice) de resultats\b/,
    /\bcadre logique\b/,
    /\bindicateurs?\b/,
    /\bseguimiento\b/,
    /\bmonitoreo\b/,
    /\bevaluacion(?:es)?\b/,
    /\b(?:marco|matriz) (?:de resultados|logico)\b/,
    /\bindicadores?\b/,
    /\bmeasuring (?:success|results|impact|progress)\b/,
    /\bsuccess (?:metrics|criteria|indicators)\b/,
    /\bmetrics\b/,
    /\bkpis?\b/,
    /\bimpact measurement\b/,
    /\bmesure (?:des resultats|de l'impact|d'impact)\b/,
    /\bmedicion (?:de resultados|del impacto|de impacto)\b/,
    // How the project will know it works, asked as templates ask it.
    /\bhow (?:we will|will we|we'll|we|will you|you will|do you|do we) know\b/,
    /\btracking (?:progress|success|results|change)\b/,
    // The verb, as question headings ask it: "How will we monitor and learn?", "How will progress be monitored?", "How will we track progress?".
    /\bmonitor(?:ed)?\b/,
    /\btrack (?:progress|success|results|change)\b/,
    /\blearning and accountability\b/,
    /\baccountability and learning\b/,
    /\bcomment (?:saurons-nous|saurons nous|nous saurons|saurez-vous|mesurer|savoir)\b/,
    /\bmesurer (?:les )?(?:progres|resultats|changements?|effets)\b/,
    /\bmesure du rendement\b/,
    /\bcomo (?:sabremos|sabran|sabra)\b/,
    /\bmedir (?:el |los )?(?:progreso|avances?|resultados|cambios?)\b/,
    /\bhow will (?:the )?(?:progress|results?|success|change|impact|performance) be (?:measured|monitored|tracked|assessed)\b/,
    /\bhow (?:is|are) (?:the )?(?:progress|results?) (?:measured|monitored|tracked)\b/,
    // A grant form asking in the active voice: "How will you measure success?", "How do we track progress?".
    /\bhow (?:will|do|would|shall) (?:you|we) (?:measure|monitor|track|assess) (?:the |your |our )?(?:progress|results?|success|change|impact|performance)\b/,
    /\bcomment (?:mesurerez|mesurera|mesurerons|suivrez|suivra|suivrons)\b/,
    /\b(?:seront-ils|seront-elles|sera-t-il|sera-t-elle) (?:suivie?s?|mesuree?s?)\b/,
    /\bcomo (?:se (?:medira|mediran|monitoreara|evaluara|hara el seguimiento)|mediremos|medira|mediran)\b/,
  ],
  gender: [
    /\bgender\b/,
    /\bwomen'?s (?:economic )?empowerment\b/,
    /\bgenres?\b/,
    /\begalite (?:entre (?:les )?(?:hommes et (?:les )?femmes|femmes et (?:les )?hommes)|de genre|des sexes|hommes[ -]femmes|femmes[ -]hommes)\b/,
    /\bgenero\b/,
    // A gender subject as the heading: "Inequalities between women and men", "Inégalités liées au sexe", "Desigualdades de género".
    /\b(?:inequalit(?:y|ies)|disparit(?:y|ies)) between (?:women and men|men and women)\b/,
    /\b(?:inegalites|disparites) (?:liees au sexe|entre (?:les )?(?:femmes et (?:les )?hommes|hommes et (?:les )?femmes))\b/,
    /\bdesigualdad(?:es)? (?:de genero|entre (?:mujeres y hombres|hombres y mujeres))\b/,
    /\bigualdad entre (?:hombres y mujeres|mujeres y hombres)\b/,
    /\bequality (?:between|of) (?:women and men|men and women)\b/,
    // A funder's form asking how the applicant includes women: "¿Cómo toman en cuenta a las mujeres?", "How will women
    // take part and benefit?", "Comment les femmes sont-elles associées ?".
    /^[¿¡]?\s*(?:how|comment|como)\b[^?]*\b(?:women|femmes|mujeres)\b/,
    // Women's place as the heading's subject: "Women's access to dairy income and decision-making", "Participation des femmes".
    /^women'?s (?:access|participation|voice|representation)\b/,
    /^(?:l')?(?:acces|participation|place) des femmes\b/,
    /^(?:el |la )?(?:acceso|participacion|lugar) de las mujeres\b/,
    // Equality as the heading's whole subject: "Equality", "Enfoque de igualdad", "Approche d'égalité".
    /^(?:equality|(?:enfoque de )?igualdad|(?:approche d')?egalite)$/,
    // Women and men as the heading's whole subject ("Women and men in the project", "Mujeres y hombres en el
    // proyecto"); not as an audience ("Training for women and men entrepreneurs").
    /^(?:the )?(?:women and men|men and women)(?: in\b.*)?$/,
    /^(?:les )?(?:femmes et (?:les )?hommes|hommes et (?:les )?femmes)(?: (?:dans|au sein)\b.*)?$/,
    /^(?:las )?(?:mujeres y (?:los )?hombres|hombres y (?:las )?mujeres)(?: en\b.*)?$/,
  ],
  risks: [
    /\brisks?\b/,
    /\bmitigation\b/,
    /\bassumptions?\b/,
    /\brisques?\b/,
    /\bhypotheses?\b/,
    /\briesgos?\b/,
    /\bsupuestos\b/,
    /\bhipotesis\b/,
    /\bwhat (?:could|might|can) go wrong\b/,
    /\bce qui (?:pourrait|peut) (?:mal tourner|echouer|freiner|compromettre)\b/,
    /\b(?:lo )?que (?:podria|puede) salir mal\b/,
  ],
  sustainability: [
    // Not the environment's: "Environmental sustainability", "Environmental and social sustainability",
    // "Sostenibilidad ambiental", "durabilité écologique".
    /(?<!\b(?:environmental|ecological)(?: and social)? )\bsustainability\b(?! of the environment)/,
    /\bexit\b/,
    /\bphas(?:e|ing)[ -]?out\b/,
    /\bhand ?-?over\b/,
    /(?<!\bagriculture )\bdurabilite\b(?! (?:environnementale|ecologique))/,
    /\bperennite\b/,
    /\bviabilite\b/,
    /\bstrategie de sortie\b/,
    /\bsostenibilidad\b(?! (?:ambiental|ecologica|medioambiental))/,
    /\bestrategia de salida\b/,
    /\bmaintenance\b/,
    /\bstrategie de retrait\b/,
    /\bretrait progressif\b/,
    /\b(?:beyond|after) the (?:project|grant|funding)\b/,
    /\bkeep(?:ing)? (?:it|them|things|the (?:work|results|gains|services?)) going\b/,
    /\b(?:qui )?prend(?:ra)? le relais\b/,
    /\bapres le projet\b/,
    // A question on what comes after the project's last year: "Et après 2027 ?", "And after 2028?", "¿Y después de 2027?".
    /^(?:(?:and|et|y) )?(?:after|apres|despues de) 20\d\d\b/,
    /\bdespues del proyecto\b/,
    /\bviabilidad\b/,
    /\bdesengagement\b/,
    /\bretirada\b/,
    /\btraspaso\b/,
    /\bestrategia de (?:retiro|transferencia)\b/,
    /\blong[ -]term (?:plans?|support|funding|continuation)\b/,
    /\bcontinuation\b/,
    /\bownership\b/,
    /\bperennisation\b/,
    /\bappropriation\b/,
    /\bcontinuidad\b/,
    /\bapropiacion\b/,
    // A question on what outlasts the project, or who carries it on: "What stays when we leave?", "Que
    // restera-t-il après 2027 ?", "¿Quién seguirá haciendo esto en 2028?", "Who will keep it going?".
    /\bwhat (?:will )?(?:stays?|remains?|lasts?|is left)(?: behind)? (?:when|after|once|beyond)\b/,
    /\bwhat (?:will )?(?:stays?|remains?|lasts?|is left)(?: behind)? ?\??$/,
    /\bwho (?:will )?(?:carr(?:y|ies) (?:it|this|them|the \w+) on|keeps? (?:it|this|them) going|takes? (?:it|this|them) over)\b/,
    /\b(?:when|after|once) we (?:leave|go|step back|withdraw)\b/,
    /\bqu(?:e |'en )restera[- ]t[- ]il\b/,
    /\bce qui (?:restera|demeurera|durera) (?:apres|quand|lorsque|une fois)\b/,
    /\b(?:quand|lorsque|une fois que|apres que) nous (?:partirons|serons partis|nous retirerons)\b/,
    /\bque (?:quedara|permanecera)\b/,
    /\blo que (?:queda|permanece|dura|durara) (?:cuando|despues|al final|una vez)\b/,
    /\b(?:cuando|despues de que|una vez que) nos (?:vayamos|retiremos|hayamos ido)\b/,
    /\bquien(?:es)? (?:seguira|seguiran|continuara|continuaran|mantendra|mantendran)\b/,
    // What happens when the grant ends: "What happens when the money runs out?", "Que se passera-t-il quand le
    // financement prendra fin ?", "¿Qué pasará cuando se acabe el dinero?".
    /\bwhat (?:happens|will happen) (?:when|after|once) (?:the )?(?:money|funding|grant|project|support)\b/,
    // Told in the present as often as asked in the future: "Ce qui se passe quand l'argent s'arrête", "Qué pasa cuando se termine el dinero".
    /\b(?:que se passera-t-il|que se passe-t-il|ce qui se passe(?:ra)?) (?:quand|lorsque|apres|une fois)\b/,
    /\bque (?:pasa|pasara|ocurre|ocurrira|sucede|sucedera) (?:cuando|despues|una vez)\b/,
  ],
  stakeholders: [
    /\bstakeholders?\b/,
    /\bpartners?\b/,
    /\bpartnerships?\b/,
    /\bmanagement arrangements?\b/,
    /\bgovernance\b/,
    /\binstitutional arrangements?\b/,
    /\bimplementation arrangements?\b/,
    /\bmanagement structure\b/,
    /\bproject management\b/,
    /\bcoordination\b/,
    /\bparties prenantes\b/,
    /\bpartenaires?\b/,
    /\bpartenariats?\b/,
    /\bgouvernance\b/,
    /\bmodalites de (?:gestion|mise en oeuvre)\b/,
    /\b(?:cadre|dispositif) (?:institutionnel|de gestion|de pilotage|de mise en oeuvre)\b/,
    /\bagences? d'execution\b/,
    /\b(?:executing|implementing) (?:agenc(?:y|ies)|organi[sz]ations?|bodies|entities)\b/,
    /\b(?:instancias?|entidades|organismos) (?:ejecutoras?|ejecutores)\b/,
    /\bmodalidades de ejecucion\b/,
    /\barrangements institutionnels\b/,
    /\bpilotage\b/,
    /\bgestion du projet\b/,
    /\bpartes interesadas\b/,
    /\bsocios\b/,
    /\barreglos (?:institucionales|de gestion)\b/,
    /\bgestion del proyecto\b/,
    /\bactores(?: clave)?\b/,
    /\bgobernanza\b/,
    /\bcoordinacion\b/,
    /\bwho we (?:will|would) work with\b/,
    /\bavec qui\b/,
    /\bcon quien(?:es)?\b/,
  ],
  // Who does the work: the team's members and their profiles, and the project's staffing.
  team: [
    /^(?:(?:the|our|project|core|key|proposed) )*(?:team|people|staff|staffing|personnel)(?: (?:composition|members|structure|and (?:roles|qualifications|expertise)))?$/,
    /^(?:l'|notre |les? )?(?:equipe|personnel)(?: (?:du projet|projet|cle|proposee?))?$/,
    /^(?:el |nuestro |los )?(?:equipo|personal)(?: (?:del proyecto|de trabajo|clave|propuesto))?$/,
  ],
  background: [
    /\bbackground\b/,
    /\bcontexte?\b/,
    /\bintroduction\b/,
    /\bproblem (?:analysis|statement)\b/,
    /\bproblems? and needs\b/,
    /\bproblematique\b/,
    /\bsituation(?:al)? analysis\b/,
    // A bare "Situation" or "Diagnóstico" heads the context; "Diagnostic des besoins" under the activities plans a study.
    /^(?:situation|situacion)(?: actuelle| initiale| actual| de depart)?$/,
    /^(?:diagnostico|diagnostic|diagnosis)(?: (?:de la situacion|de la situation|del contexto|du contexte|situacional|of the situation))?$/,
    /\brationale\b/,
    /\bwhy (?:this|it) matters\b/,
    /\bwhy (?:this|the) project\b/,
    /\bpourquoi (?:ce|le) projet\b/,
    /\bpor que (?:este|el) proyecto\b/,
    /\bjustification\b/,
    /\bcontexto\b/,
    /\bantecedentes\b/,
    /\bjustificacion\b/,
    /\bintroduccion\b/,
    /\bproblematica\b/,
    /\banalisis del problema\b/,
    // What the team or the organisation did before: biographies and track records make no scope.
    /\bexperience\b/,
    /\btrack record\b/,
    /\bbiograph(?:y|ies)\b/,
    /\babout us\b/,
    /\bwho we are\b/,
    /\bteam members?\b/,
    /\bthe problem\b/,
    /\bchallenge statement\b/,
    /\bhistorique\b/,
    /\bexperiences? (?:anterieures?|de l'organisation)\b/,
    // "Experiencia especializada" and "experiencia técnica" are expertise, which a project has or engages, not a track record.
    /\bexperiencia\b(?! (?:especializada|tecnica)\b)/,
    /\btrayectoria\b/,
    // A glossary of acronyms defines words ("| ITC-ILO | International Training Centre of the ILO |"), it plans nothing.
    /\b(?:acronyms?|abbreviations?|glossary|sigles?|acronymes?|siglas|acronimos|abreviaturas|abreviaciones|glosario|lexique|glossaire)\b/,
    // So does a list of the terms it uses: "Definitions", "Définitions et sigles", "Términos clave".
    /(?:^|[\s.:)-])(?:definitions?|definiciones|key terms|terms used|terminology|terminologie|terminologia|termes cles|terminos clave)(?: (?:and|et|y) [\p{L} ]{1,30})?$/u,
    // A reference list cites what the proposal draws on ("ITCILO (2019). … Turin: International Training Centre of the
    // ILO."): works, not partners. Plural, as "Terms of reference" is no list of them.
    /(?:^|[\s.:)-])(?:references|bibliography|bibliographie|bibliografia|works cited|literature cited|references bibliographiques|referencias(?: bibliograficas)?)$/,
    // What was changed in the document, and when: a draft's changelog tells its own history, not the project's plans.
    /\bchange ?-?logs?\b/,
    /\b(?:revision|version|document|edit) history\b/,
    /\bhistorial de (?:cambios|versiones|revisiones)\b/,
    /\bregistro de (?:cambios|versiones)\b/,
    /\bcontrol de (?:cambios|versiones)\b/,
    /\bjournal des (?:modifications|versions|revisions)\b/,
    // An earlier phase or project and the lessons drawn from it: what the new one builds on, not its plans.
    /\b(?:previous|earlier|prior|past) (?:phase|project)s?\b/,
    /\b(?:phase|projet)s? (?:precedente?s?|anterieure?s?)\b/,
    /\b(?:fase|proyecto)s? (?:anterior(?:es)?|previ[ao]s?)\b/,
    /\b(?:achievements|results|acquis|resultats|logros|resultados) (?:of|de) (?:the |la )?(?:(?:first|premiere|primera) (?:phase|fase)|(?:phase|fase) (?:i|1|one)\b)/,
    /\bwhat (?:the )?(?:first phase|phase (?:i|1|one)) (?:achieved|did|delivered|showed|taught us)\b/,
    /\b(?:phase|fase) (?:i|1|one) (?:achievements|results|in review)\b/,
    // What the evaluators of an earlier phase found: "Principales hallazgos", "Key findings".
    /^(?:(?:main|key) )?findings(?: of the (?:(?:final|mid-term) )?evaluation)?$/,
    /^(?:principaux )?constats(?: de l'evaluation)?$/,
    /^(?:principales )?hallazgos(?: de la evaluacion)?$/,
    /\blessons? (?:learn(?:ed|t)|from)\b/,
    /\blecons? (?:apprises|tirees)\b/,
    /\benseignements tires\b/,
    /\blessons? of (?:the )?(?:first |previous |earlier )?(?:phase|project)\b/,
    /\b(?:enseignements|lecons) (?:de|du) (?:la )?(?:premiere )?(?:phase|projet)\b/,
    /\b(?:lecciones|aprendizajes) (?:de|del) (?:la )?(?:primera )?(?:fase|proyecto)\b/,
    /\blecciones aprendidas\b/,
    // The options a scoping study weighed before it recommends one: the recommended design is told in its own chapter.
    /^(?:the )?(?:options?|alternatives?)(?: (?:considered|examined|weighed|assessed|analy[sz]ed|studied|reviewed))?$/,
    /^(?:analysis|comparison|assessment) of (?:the )?(?:options|alternatives)\b/,
    /^(?:les )?(?:options|alternatives) (?:examinees|etudiees|envisagees|considerees|analysees|evaluees)$/,
    /^(?:analyse|comparaison) des (?:options|alternatives)\b/,
    /^(?:las )?(?:opciones|alternativas) (?:consideradas|analizadas|examinadas|estudiadas|evaluadas)$/,
    /^(?:analisis|comparacion) de (?:las )?(?:opciones|alternativas)\b/,
    // Who the applicant is, as grant forms title it: the organisation's profile, not the project's plans.
    /^(?:about )?(?:the )?applicant(?: organi[sz]ation| institution)?$/,
    /^(?:about )?(?:the|our) organi[sz]ation$/,
    /^(?:organi[sz]ational|institutional) capacity$/,
    /\bqui sommes-nous\b/,
    /^presentation (?:de l'organisation|de l'association|du demandeur)$/,
    /^capacite institutionnelle$/,
    /\bquienes somos\b/,
    /^presentacion de la (?:organizacion|institucion)$/,
    /^capacidad institucional$/,
  ],
}

const KIND_ORDER = Object.keys(SECTION_KIND_PATTERNS) as SectionKind[]

/**
 * Headings that name a part of a document rather than the project: a grant
 * form's "# Executive Summary" or "# Project Name" comes before the name.
 */
const GENERIC_PART_NAME =
  /^(?:executive summary|summary|abstract|overview|title|project (?:name|title|description|summary|overview)|introduction|(?:table of )?contents|notes?|the proposal|proposal|cover page|resume(?: executif)?|synthese|sommaire|table des matieres|description du projet|titre du projet|resumen(?: ejecutivo)?|indice|contenido|descripcion del proyecto|titulo del proyecto|(?:annex|annexe|anexo|appendix)\b.*)$/

/**
 * A donor's quality checklist the applicant fills in: "Applicant's quality self-assessment", "Quality checklist",
 * "Grille d'auto-évaluation de la qualité", "Liste de contrôle", "Lista de autoevaluación de la calidad".
 */
const CHECKLIST_TITLE =
  /\b(?:check-?lists?|self-?assessment|liste (?:de controle|de verification)|grille d'auto-?evaluation|auto-?evaluation|listas? (?:de verificacion|de chequeo|de control|de autoevaluacion)|autoevaluacion)\b/

/** Whether a heading title names a checklist the applicant ticks ("Quality self-assessment", "Grille d'auto-évaluation"). */
export function namesAChecklist(title: string): boolean {
  return CHECKLIST_TITLE.test(foldForMatching(title))
}

/** Whether a heading title only names a part of the document ("Executive Summary", "Résumé"). */
export function isGenericPartName(title: string): boolean {
  // Trailing colons and full stops go by a backwards scan: /[:.]+$/ rereads a long run of them from each of its characters.
  return GENERIC_PART_NAME.test(trimTrailing(foldForMatching(title), (char) => char === ':' || char === '.'))
}

/** Lowercase ASCII-ish form used for matching headings. */
export function foldForMatching(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .replace(/[’‘`]/g, "'")
    .replace(/[‐‑‒–—]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
}

/**
 * "Output 3.1 – Stronger roles for social partners": a numbered label, then
 * a description. Only the label says what the section is; the description
 * names what it is about ("partners" here is no stakeholders section).
 */
const NUMBERED_LABEL = /^([a-z][a-z' ]{1,40}?) (?:no\.? ?)?(?:\d+(?:\.\d+)*|[ivx]+|[a-z])\b ?[-:.)] ?\S/

/** Kinds named by a heading title, in SECTION_KINDS order. */
export function kindsOfTitle(title: string): SectionKind[] {
  return [...titleKinds.get(title, readKindsOfTitle)]
}

/** Kinds of recent titles: every lint of a document reads the same headings against every kind's patterns. */
const titleKinds = new RecentTexts<readonly SectionKind[]>(2_000)

/**
 * "UI: New type of posts specific to Kusama governance", "MChild: a digital growth-monitoring tool
 * for community health workers": a short label, a colon, then a description of a subject (a
 * feature, a phase's content, the proposal's own title). Its words name what the subject is
 * about ("governance" here), not what the section is.
 */
const SUBJECT_LABEL = /^([a-z][a-z0-9' ]{0,30}?): (.+)$/
/** Longer than a kind's name with its qualifiers ("Phase 4: Evaluation & scale planning (month 6)"). */
const SUBJECT_WORDS = 6

/**
 * Phrases whose kind words name the context, not a part of the project: an earlier phase's results ("Results of
 * Phase I (2021–2023)"), a study's findings ("Résultats de l'enquête de référence"), labour market statistics
 * ("Indicadores del mercado laboral"), hazards at work ("Riesgos laborales en el cultivo de flores"), people's exposure
 * ("Quiénes cargan el mayor riesgo"), the SDGs
 * ("Contribution aux Objectifs de développement durable"). Their words
 * make no kind ("Actividades para la reducción de riesgos laborales" heads activities, not risks); a heading with
 * nothing else is background.
 */
const CONTEXT_PHRASES = [
  /\b(?:achievements|results|acquis|resultats|logros|resultados) (?:of|de) (?:the |la )?(?:(?:first|premiere|primera) (?:phase|fase)|(?:phase|fase) (?:i|1|one)\b)/g,
  /\b(?:(?:phase|fase) (?:i|1|one)|(?:previous|earlier|prior|past) (?:phase|project)) (?:achievements|results)\b/g,
  // Its evaluation: "The final evaluation of phase one", "Évaluation finale de la phase 1", "La Fase I y su evaluación final".
  /\b(?:(?:final|mid-term|independent|external) )?evaluation of (?:the )?(?:first phase|phase (?:i|1|one))\b/g,
  /\bevaluation (?:(?:finale|a mi-parcours|independante|externe) )?de la (?:premiere phase|phase (?:i|1|un))\b/g,
  /\bevaluacion (?:(?:final|intermedia|de medio termino|externa) )?de la (?:primera fase|fase (?:i|1|uno))\b/g,
  /\b(?:la )?(?:primera fase|fase (?:i|1)) y su evaluacion(?: final)?\b/g,
  /\b(?:results|findings|resultats|conclusions|resultados|hallazgos) (?:of|de|du|del) (?:the |l'|la |el )?(?:baseline |reference )?(?:survey|study|assessment|mapping|enquete|etude|diagnostic|cartographie|encuesta|estudio|diagnostico|mapeo)\b/g,
  /\b(?:labou?r market|employment) (?:indicators|statistics|data)\b/g,
  /\b(?:indicateurs|statistiques|donnees|indicadores|estadisticas|datos) (?:du marche du travail|de l'emploi|del mercado (?:laboral|de trabajo)|del empleo)\b/g,
  /\b(?:occupational|workplace) (?:risks|hazards)\b|\brisques professionnels\b|\briesgos (?:laborales|ocupacionales|del trabajo)\b/g,
  // People's exposure: "Quiénes cargan el mayor riesgo", "Who is most at risk", "Populations à risque", "Health risks".
  /\b(?:most at|at|greatest|highest|higher|increased) risks?\b|\bhealth risks?\b|\b(?:en|a|mayor|alto) riesgo\b|\briesgos? para la salud\b|\b(?:a|plus grand|haut) risque\b|\brisques? (?:pour la|sanitaires?)\b/g,
  // A study's hypotheses are what it will test, not the assumptions a design rests on: "Questions et hypothèses de
  // recherche", "Research questions and hypotheses", "Hipótesis de investigación".
  /\b(?:research )?hypothes[ie]s (?:of the (?:study|research)|to be tested)\b|\bresearch (?:questions? and )?hypothes[ie]s\b|\bhypotheses? (?:de (?:la )?recherche|de l'etude)\b|\bhipotesis (?:de (?:la )?investigacion|del estudio)\b/g,
  // The Sustainable Development Goals a project contributes to are not its objectives.
  /\b(?:sustainable development goals|objectifs de developpement durable|objetivos de desarrollo sostenible)\b/g,
  // The aims of the meeting a record reports on ("Ouverture et objectifs de l'atelier", "Welcome and purpose of the
  // meeting"): the meeting's, not the project's.
  /\b(?:objectives?|purpose|aims?|objectifs?|buts?|objetivos?|proposito) (?:of|de|du|del) (?:the |this |today's |l'|la |le |cet |cette |el |este |esta )?(?:meeting|workshop|session|mission|atelier|reunion|seance|taller|sesion|jornada)\b(?! (?:de |on |sur |sobre )?(?:formation|training|capacitacion))/g,
]

/**
 * The case for a change the document asks for ("Justification de la révision", "Rationale for the extension",
 * "Justificación de la solicitud"): a revision request argues there for what it will now do, so the section is
 * no background; what it tells of the past reads as history by its tense.
 */
const CHANGE_RATIONALE =
  /^(?:(?:justification|justificacion|rationale|reasons?|motifs?|motivos?|raisons?) (?:(?:for|of|de|du|pour|para|del?) )?(?:the |this |la |le |l'|el |esta |cette )?(?:proposed |presente |propuesta )?(?:revision|extension|cost extension|no-cost extension|prolongation|modification|modificacion|ampliacion|prorroga|changes?|cambios?|request|demande|solicitud)\b)/

/**
 * A budget's justification ("Budget justification (USD)", "Justification budgétaire", "Presupuesto detallado y
 * justificación"): the budget lines argued one by one, no background. Beside a budget's words, "justification" is theirs.
 */
const BUDGET_WORD = /\b(?:budget|budgetaire|presupuesto|presupuestaria|costs?|couts|costos|gastos|depenses)\b/
const JUSTIFICATION = /\b(?:justification|justificacion)\b/g

function readKindsOfTitle(title: string): SectionKind[] {
  const written = foldForMatching(title)
  const folded = BUDGET_WORD.test(written) ? written.replace(JUSTIFICATION, ' ') : written
  if (CHANGE_RATIONALE.test(stripNumbering(folded))) return []
  const full = CONTEXT_PHRASES.reduce((text, phrase) => text.replace(phrase, ' '), folded)
  if (full !== folded && kindsOf(full).length === 0) return ['background']
  const label = NUMBERED_LABEL.exec(full)?.[1]
  const fromLabel = label === undefined ? [] : kindsOf(label)
  if (fromLabel.length > 0) return fromLabel
  // A label that is no kind ("Phase 2 – Exit and handover") leaves a short description to decide.
  const subject = SUBJECT_LABEL.exec(full)
  if (subject && subject[1]!.split(' ').length <= 3 && kindsOf(subject[1]!).length === 0 && wordsOutsideBrackets(subject[2]!) >= SUBJECT_WORDS) return []
  return kindsOf(full)
}

function wordsOutsideBrackets(text: string): number {
  return text.replace(/\([^()]*\)/gu, ' ').split(/[^a-z0-9']+/u).filter((word) => word !== '').length
}

function kindsOf(folded: string): SectionKind[] {
  return KIND_ORDER.filter((kind) => SECTION_KIND_PATTERNS[kind].some((pattern) => pattern.test(folded)))
}

const NUMBER_WORD = '(?:section|chapter|part|annex|annexe|appendix|partie|chapitre|anexo|apendice|capitulo|parte|seccion)'
/**
 * Leading numbering, as proposals write it: "4.", "4.1", "4.1.2 ", "6 ",
 * "IV.", "A.", "1)", "(a)", "Section 3:", "Annex 2 –". Letters and roman
 * numerals need punctuation and a space after them, so "A guide" or "e.g."
 * keep their first word; numbers must not run on into digits or a comma,
 * so "2025 workplan" and "1,500 workers" are left alone.
 */
const NUMBERING = new RegExp(
  [
    `^${NUMBER_WORD}\\s+(?:\\d+(?:\\.\\d+)*|[ivxlc]+|[a-z])\\b\\.?(?:\\s*[-–—:.)])?\\s*`,
    `^\\d{1,3}(?:\\.\\d{1,3})*(?![\\d,])[.)]?(?:\\s*[-–—:])?\\s+`,
    `^\\(?(?:[ivxlc]+|[a-z])[.)](?:\\s*[-–—:])?\\s+`,
    `^(?:[ivxlc]+|[a-z])\\s+[-–—:]\\s+`,
  ].join('|'),
  'i',
)

/** The heading text without its leading numbering; the text itself when stripping would leave nothing. */
export function stripNumbering(text: string): string {
  const trimmed = text.trim()
  const match = NUMBERING.exec(trimmed)
  if (!match || match[0].length === 0) return trimmed
  const rest = trimmed.slice(match[0].length).trim()
  // "2024" alone, or "A." alone, is the whole heading rather than a number in front of one.
  return rest === '' || !/\p{L}/u.test(rest) ? trimmed : rest
}
