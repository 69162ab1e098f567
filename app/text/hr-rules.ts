// The rules that guarantee a complaint about a person reaches HR, in English and Spanish, by kind.
// Each has a table of texts it must and must not match (test/hr-rules.test.ts). Whether the text
// complains or asks ("who do I report harassment to") is the intent model's to say.
import { fold } from './fold.ts'
import { MISCONDUCT } from './hr-misconduct-rules.ts'
import { correctSpelling } from './spelling.ts'
import { readSpanishTexting } from './texting.ts'

export type HrCategory = 'harassment' | 'discrimination' | 'retaliation' | 'assault' | 'bullying' | 'misconduct'

const RULES: ReadonlyArray<{ category: HrCategory; patterns: RegExp[] }> = [
  {
    category: 'harassment',
    patterns: [
      // A hand put where it does not belong ("he put his hand on my thigh in the office", "me puso la mano en la
      // pierna"); walked in on while changing and stayed ("she walked in on me changing and just stood there").
      /\b(put|puts|putting|placed|places|rubbed|rubs|rubbing|rested|rests|slid|slides|ran|runs|had) (his|her|their) hands? (on|up|along|over) my (thigh|thighs|leg|legs|butt|ass|behind|breast|breasts|chest|lap|hip|hips|waist|inner thigh)\b|\b(me|le|nos) (puso|pone|paso|pasa|metio|mete|sobo|soba|recargo) (la|su|sus|las) manos? (en|sobre|por) (mi|la|su|las|mis) (pierna|piernas|muslo|muslos|nalga|nalgas|pompa|pompas|cintura|pecho|pechos|senos|cadera|entrepierna)\b/,
      /\b(walked|walks|came|comes|barged|busted) in on (me|us|him|her|them)\b.{0,30}\b(changing|undress\w*|getting (dressed|changed)|in the shower|naked|in (my|his|her) (underwear|bra))\b.{0,60}\b(stood|stayed|stare\w*|watch\w*|smil\w*|didnt leave|didn'?t leave|wouldnt leave|wouldn'?t leave|looking|laugh\w*)\b|\b(entro|se metio) (cuando|mientras) (me|nos|se) (estaba|estabamos|estaban) (cambiando|banando|vistiendo)\b.{0,50}\b(se quedo|no se salio|no se fue|mirando|viendo|riendo)\b/,
      // Something asked for in exchange for a raise, hours or a job, or taken away when refused ("sit on his lap for a
      // raise", "si no le doy mi numero personal no me va a dar el aumento", "me cambio el horario porque no quise salir
      // con ella").
      /\b(sit on (his|her) lap|date (him|her)|go out with (him|her)|sleep with (him|her)|hook up with (him|her)|kiss (him|her)|send (him|her) (pics|pictures|photos|nudes))\b.{0,30}\b(for|to get|or|if (i|you) want|in exchange for|or else)\b.{0,25}\b(a |my |the |your |more |better )?(raise|promotion|shifts|hours|job|schedule|days off)\b|\bsi no\b.{0,30}\b(salgo con (el|ella)|le doy mi (numero|cel|celular)|l[oa] beso|me acuesto con|le mando fotos|me siento en sus piernas)\b.{0,50}\b(aumento|ascenso|horario|turnos|horas|el trabajo|la chamba)\b|\b(salir con (el|ella)|dormir con (el|ella)|besarl[oa]|sentarme en sus piernas)\b.{0,30}\b(para|por) (el|un|mi) (aumento|ascenso|puesto)\b|\b(aumento|ascenso|horario|turnos|horas)\b.{0,40}\b(porque|por que|x q|xq) no (quise|quiero|acepte) (salir|andar|ir) con (el|ella)\b|\b(because|bc|cuz|since) (i|we) (wouldnt|wouldn'?t|didnt|didn'?t|refused to|said no to) (go out|date|sleep|hook up) with (him|her)\b/,
      // Filmed or photographed where people change or wash ("priya nos graba con su celular en el vestidor").
      /\b(graba\w*|film\w*|record\w*|(taking|took|takes|tomando|tomo|toma|saca|sacando|saco) (pics|pictures|photos|videos|fotos|videos))\b.{0,40}\b(vestidor(es)?|banos?|locker ?rooms?|changing rooms?|bathrooms?|restrooms?|dressing rooms?|showers?|regaderas?|stalls?)\b|\b(vestidor(es)?|locker ?rooms?|changing rooms?|dressing rooms?|regaderas?|showers?)\b.{0,30}\b(graba\w*|film\w*|record\w*|hidden camera|camara escondida)\b/,
      // Closeness not wanted, hugs from behind, and late-night texts asking one over ("keeps standing way too close and
      // staring at me", "keeps texting me late at night asking me to come over").
      /\b(stand\w*|gets?|getting) (way |really |so |super )?too close\b.{0,40}\b(star(e|es|ing) at me|touch\w*|whisper\w*|smell\w*)\b|\b(hug\w*|grab\w*|holds?|held) me from behind\b|\b(keeps|kept|always) (texting|messaging|calling|dm'?ing|snapping) me\b.{0,40}\basking me (out|over|to come over|to hang out)\b|\bme (abraza|agarra) por (detras|atras)\b/,
      // Showing up at the sender's home ("keeps showing up at my house on my days off", "llego a mi casa anoche sin avisar").
      /\b(showed up|shows up|keeps showing up|keeps coming|keeps driving) (by |past |to |at )(my|her|his) (house|home|apartment|apt|place|door)\b|\b(llego|vino|se aparecio|se aparece|anda|pasa) (a|por) (mi|su) (casa|departamento|depa|apartamento)\b.{0,40}\b(sin avisar|nunca le di|de noche|en la noche|otra vez|cada)\b/,
      // Messages the sender never asked for, or asked to stop ("keeps sending me messages at 2am, i never gave her my number").
      /\b(keeps|kept|always) (texting|messaging|calling|dm'?ing|snapping|sending me (messages|texts|pics|pictures|dms))\b.{0,60}\b(never gave (him|her|them) my (number|cell|phone)|(told|asked) (him|her|them) to stop)\b|\bme (manda|sigue mandando|escribe|llama) (mensajes )?(a las \d|en la madrugada|toda la noche)\b.{0,40}\bnunca le di mi (numero|cel)\b/,
      // Asking young workers again and again to be alone with him ("keeps asking the new girls to sit in his car").
      /\b(keeps|kept|always|constantly) (asking|telling|getting) (the )?(new |young )?(girls|women|ladies|her|me|them)\b.{0,10}\bto (sit|ride|come|go|meet|stay|hang out)\b.{0,30}\b(his (car|truck|office|room|place)|with him|alone)\b/,
      /\b(harass\w*|sexual\w*|grop\w*|creep(y|s)?|creeped|creeping (on|me|around (me|us))|inappropriate(ly)?|unwanted|asked me out|asking me out|hitting on me|wont take no|won'?t take no|touch(ed|es|ing)? (me|my)|rubbing my|(keeps|keep|kept|been) following me|follows me (around|home|to my car|everywhere|floor to floor)|asking for my (number|phone number|address)|rub(s|bing|bed)? (up )?(on|against) me|naked|nude|grabbed my (butt|ass|chest|leg|breast)|comments about my (body|looks|appearance)|nasty (pictures|pics)|pictures? of me|pics of me|porn\w*|nudes?|dick pics?|(shows?|showing|showed) me (porn|nudes|videos|vids)|sends? me (pics|pictures|photos) )\b/,
      // Standing or getting close whenever alone with the sender ("always finds a reason to stand real close when its
      // just me and her in the supply room").
      /\b(stand\w*|get\w*|com\w*|lean\w*|press\w*) (real |really |way |too |so )*close\b.{0,60}\b(when (its|it'?s|we'?re|were) (just|alone)|alone|just (me|us) and (him|her))\b|\bse me (pega|arrima|acerca) (mucho|demasiado)\b.{0,40}\b(sol[oa]s|a solas)\b/,
      // Trying to kiss or touch someone ("un huesped me encerro en el cuarto y me quiso besar").
      /\b(tried|trying|try|keeps trying|kept trying|wanted|wants|tries) to (kiss|grope|feel up) (me|her|him|us)\b|\b(kissed|groped) (me|her)\b(?! (on the|goodbye|hello|bye))|\b(me|la|lo|nos) (quiso|quiere|intento|trato de|queria|quizo|anda queriendo) (besar|manosear|agarrar a la fuerza)\b|\bme (beso|agarro a la fuerza) sin\b/,
      // Exposure at the door of a room the sender serves ("opened the door in just a towel again", "abrio la puerta
      // en calzones").
      /\b(opened|answered|opens|answers|came to|comes to) the door\b.{0,20}\b(in (just|only) (a |his |her )?towel|in (just |only )?(his |her )?(underwear|boxers|briefs)|naked|nude|with nothing on)\b|\babr(e|io|ia) la puerta\b.{0,20}\b(en (puros? )?(calzones|toalla|chones)|desnud[oa]|encuerad[oa])\b/,
      // Touching of the body and remarks on how one looks, however it is put.
      /\b(smack\w*|slap\w*|grab\w*|pinch\w*|patt?\w*|touch\w*|rubb?\w*|spank\w*|brush\w* against)\b.{0,12}\bmy (butt|ass|behind|rear|bottom|chest|breasts?|boobs?|thighs?|hips?|waist|body)\b|\b(smile more|should smile|(calls?|calling) me (baby|babe|sweetheart|sweetie|honey|sexy|hot|mami|mamacita)|(says|said|saying|tells|told|telling) (me )?(i'?m|im|i look) (sexy|hot|fine|thick)|comments? (on|about) (my|what i wear|how i look)|(stares|staring|looks|looking) at my (chest|butt|body|boobs))\b/,
      /\b(me (dice|dijo|anda diciendo|dicen) (que )?(estoy|me veo) (buena|buenota|bonita|sabrosa|rica)|me dice (mamacita|mami|guapa|preciosa|mi amor|chiquita)|me (chifla|chiflan|mira el (pecho|trasero|cuerpo)|mira las (nalgas|pompas))|comentarios de como me veo)\b/,
      // Following the sender about ("me sigue al almacen cada vez que entro"), not "me sigue doliendo".
      /\bme (sigue|persigue|anda siguiendo|esta siguiendo) (al|a la|hasta el|hasta la|a todos lados|por todos lados|cada vez|a donde)\b|\bfollows me (in)?to the (back|stockroom|cooler|freezer|walk ?in|bathroom|restroom|storage|supply room|break room|parking lot|warehouse|office)\b/,
      /\b(acos\w*|hostig\w*|me manosea\w*|me (toca|toco|tocaba|tocan|agarra|agarro|nalgue\w*|pellizc\w*|sob\w*) (la|las|el|los|mis|mi) (pierna|piernas|nalga|nalgas|pompa|pompas|trasero|pecho|pechos|senos|cintura|cuerpo|cola|espalda|pelo|cabello|hombros?|cuello|cara)|me (toca|toco|tocaba|tocan) sin (mi )?permiso|me (toca|toco|tocaba|tocan|anda tocando|esta tocando) (cada vez )?(cuando|que) (paso|me agacho)|me nalgue\w*|me agarro (la|el|las|los) (pierna|nalga|pompa|pecho|trasero)|comentarios (de|sobre) mi cuerpo|cosas sexuales|fotos (cochinas|que no pedi|intimas|de mi)|me pidio salir|me anda molestando|me (sigue|anda siguiendo|esta siguiendo) (a todos lados|hasta|por todo)|me (toca|agarra|abraza|besa|manosea)\b[^.?!]{0,20}\b(cuando|mientras) (no hay nadie|nadie (ve|mira|esta)|estamos sol[oa]s|su (esposa|esposo|mujer|senora) no (esta|estan))|me (anda|andan|esta|estan|sigue|siguen) (manoseando|tocando|agarrando|nalgueando|acosando)|porno\w*|desnud\w*)\b/,
      // Touching objected to, put no other way ("me toca y no me gusta", "keeps touching me and i told him to stop"); not
      // a turn ("me toca cerrar y no me gusta").
      /\bme (toca|toco|tocaba|tocan|anda tocando|esta tocando|abraza|agarra)( mucho| a cada rato| siempre| todo el tiempo)? y (no me gusta|ya le dije|le dije|me incomoda|me da miedo)\b|\b(keeps|kept|always|wont stop|won'?t stop) (touching|grabbing|hugging|rubbing) me\b.{0,40}\b(told (him|her|them) to stop|i (dont|don'?t) like it|makes me (uncomfortable|feel weird)|asked (him|her|them) to stop)\b/
    ]
  },
  {
    category: 'discrimination',
    patterns: [
      // Moved or mocked for an accent (national origin).
      /\b(my|her|his|our|their|\w+'?s) accent\b.{0,40}\b(too much|too strong|moved|cant|can'?t|not allowed|because of|made fun|makes fun|mock\w*|laugh\w*)\b|\b(making|made|makes|poking|pokes) fun of (my|her|his|our|their|\w+'?s) (accent|english|spanish|name|religion|hijab|skin|hair|weight|disability)\b|\b(por|de) (mi|su) acento\b/,
      /\b(discriminat\w*|racis[tm]\w*|racial\w*|slurs?|sexis[tm]|homophob\w*|transphob\w*|lazy mexicans|because (i'?m|im|i am) (gay|black|muslim|pregnant|old|a woman|trans|disabled|latin[oa]|mexican|asian|an immigrant)|because of my (race|religion|age|gender|disability|accent|pregnancy|skin|hijab)|(about|at) my (hijab|accent|religion|skin color)|immigration status|(call|calls|calling) (us|them|me|her|him) ['"‘’“”]?(the |an? )?(mexicans?|beaners?|wetbacks?|illegals?|illegal aliens?|chinos?|paisas?|cholos?)|fake (broken )?(english|accent)|(mock\w*|imitat\w*) (our|my|his|her|their) accents?|r word|r-word|retard\w*|noose|swastika|kkk|n-word|n word|report me to immigration|call immigration)\b/,
      // A name for a whole people ("calls all the mexicans 'the taco crew'").
      /\b(calls?|calling|called|refers? to) (all (of )?)?(the |us |them )?(mexicans|black (guys|people|workers|girls)|blacks|asians|latinos|latinas|hispanics|filipinos|indians|muslims|africans|haitians|immigrants|spanish speakers)\b(?! (over|in|to|for|back|up)\b)/,
      /\b(gives?|giving|gave|hands?|handing) (the |all the )?(good|best|better|easy) (hours|shifts|stations|jobs|overtime|routes) (only )?to (the )?(guys|men|women|girls|ladies|white (guys|people|workers))\b/,
      /\b(only the (men|guys|women|girls)|(us )?(women|girls|men|guys) (always )?(get|do|have to)|for speaking spanish|the spanish speakers)\b/,
      // Told to speak English or leave, or yelled at for speaking Spanish ("yells at the aides who speak spanish and
      // says we should talk english or go home").
      /\b(speak|talk|habl\w*) (only |solo |puro )?(english|ingles)\b.{0,15}\b(or (go home|get out|leave|go back|get fired)|o (se|nos|me|te) (va|vamos|van|regres\w*|larg\w*)|o (la|el) (puerta|corren))\b|\b(who|that|los que|las que|for|por) (speak|speaking|talk|talking|hablan|hablamos|hablar) (spanish|espanol)\b.{0,60}\b(yell\w*|scream\w*|mock\w*|laugh\w*|make fun|makes fun|grit\w*|se burla\w*|rega\w*)\b|\b(yell\w*|scream\w*|mock\w*|grit\w*|se burla\w*|rega\w*)\b.{0,40}\b(who|that|los que|las que|for|por) (speak|speaking|talk|talking|hablan|hablamos|hablar) (spanish|espanol)\b/,
      // Asked about plans for a pregnancy or children ("asked me if im planning on getting pregnant").
      /\b(asked|asks|asking|keeps asking) (me|her|us|them)\b.{0,25}\b(pregnant|planning (on|to) (get|getting|have|having) (pregnant|kids|a baby|children)|(have|having|want) (kids|a baby|children))\b|\b(me|le|nos) (pregunto|pregunta|preguntan|preguntaron)\b.{0,25}\b(embarazada|embarazarme|embarazarse|tener (hijos|un bebe|familia))\b/,
      // Immigration status used against the sender ("telling families im illegal", "threatens to call ICE on us").
      /\b(tell\w*|told|say\w*|said|spread\w*|call\w*) (\w+ ){0,4}(i'?m|im|i am|we'?re|were|we are|i was) (illegal|an illegal|illegals|undocumented|no papers)\b|\b(call|calling|calls|threaten\w* to call|report\w*|gonna call|going to call) (ice|immigration|la migra) on (me|us|them|him|her)\b/,
      /\b(calls?|calling|treats?|treating|talks? to) (the |us |all the )?(black|latino|latina|mexican|asian|hispanic|muslim|immigrant|spanish speaking) (guys|workers|people|women|men|girls|folks|employees|ones)\b/,
      /\b(les dice|le dice|trata|tratan) (\w+ )?a (los|las) (negr[oa]s|morenos|mexican[oa]s|latin[oa]s|inmigrantes)\b/,
      // A group called animals by whoever is over them ('el capataz nos dice a los guatemaltecos q hablamos como animales').
      /\b(nos|les|me) (dice|dijo|llama|llamo|trata|trato)\b.{0,50}\b(como )?(animales|perros|burros|salvajes)\b/,
      /\b(a las mujeres|a los hombres|por hablar (espanol|ingles)|los que (hablamos|no hablamos) (espanol|ingles)|nos tratan (diferente|distinto|peor))\b/,
      // A faith, a pregnancy, a disability or age, with it refused or laughed at (a complaint, however put).
      /\b(pray\w*|prayers?|religio\w*|faith|hijab|turban|headscarf|ramadan|sabbath|church|mosque|pregnan\w*|disab\w*|wheelchair|crutches|hearing aid|speech (problem|impediment)|stutter\w*|autis\w*|deaf|blind|down syndrome|my age|too old|old man|old lady)\b[^.?!]{0,60}\b(laugh\w*|mock\w*|impression\w*|imitat\w*|mimic\w*|made fun|makes fun|make fun|jok\w*|won'?t let|wont let|doesn'?t let|doesnt let|not let|not allowed|denied|den(y|ies)|refus\w*|(says|said|told me) i (cant|can'?t|can not)|took away|faking|lazy|pretend\w*|exaggerat\w*)\b|\b(laugh\w*|mock\w*|impression\w*|imitat\w*|mimic\w*|made fun|makes fun|jok\w*|won'?t let|wont let|doesnt let|doesn'?t let|denied|den(y|ies)|refus\w*|(says|said|told me) i (cant|can'?t|can not))\b[^.?!]{0,60}\b(pray\w*|prayers?|religio\w*|hijab|turban|headscarf|ramadan|sabbath|church|mosque|pregnan\w*|disab\w*|wheelchair|crutches|hearing aid|speech (problem|impediment)|stutter\w*|autis\w*|deaf|blind|down syndrome|my age)\b/,
      /\b(older (workers|people|guys|ladies|employees|folks)|too old|old timers?|(the )?old (guys|ladies))\b[^.?!]{0,50}\b(slow|retire|useless|replace\w*|get rid|push(ed|ing)? out)\b|\b(los|las) (viejos|viejas|mayores|de edad)\b[^.?!]{0,40}\b(lentos|lentas|jubil\w*|se retiren|sirven|correr\w*)\b/,
      // Sent home, cut or fired once the pregnancy was told ("me mando a la casa sin pago cuando le dije que estoy
      // embarazada").
      /\b(sent me home|cut my hours|took me off|fired me|let me go|wrote me up|me (mando|mandaron|corrio|corrieron|quito|quitaron|bajo|bajaron|despidio|despidieron))\b.{0,60}\b(pregnan\w*|embaraz\w*)\b/,
      /\b(rezar|orar|oracion|oraciones|religion|iglesia|velo|ramadan|embaraz\w*|discapacidad|silla de ruedas|muletas|aparato para (oir|escuchar)|mi edad|muy viej[oa])\b[^.?!]{0,60}\b(se (burla|burlo|burlan|rie|rio|rien)\w*|no me (deja|dejan|dejo|dejaron)|me (niega|negaron|nego|quita\w*|quito)|dice que no puedo)\b|\b(se (burla|burlo|burlan|rie|rio|rien)\w*|no me (deja|dejan|dejo|dejaron)|me (niega|negaron|nego)|dice que no puedo)\b[^.?!]{0,60}\b(rezar|orar|oracion|oraciones|religion|iglesia|velo|ramadan|embaraz\w*|discapacidad|silla de ruedas|muletas|mi edad)\b/,
      /\b(pays?|paid|paying|get paid|gets paid|make) (the |us |all the )?(women|girls|ladies|latinos|latinas|hispanics|mexicans|black (guys|workers|people)|immigrants|spanish speakers|older (guys|workers|people)) less\b|\bless than the (men|guys|white (guys|workers|people)|americans|english speakers)\b.{0,30}\b(same|for the same)\b/,
      /\b(pag\w+) menos\b.{0,30}\b(papeles|indocumentad\w*|mojad\w*)\b|\b(pagan?|pagaron|ganamos|ganan) menos (a |)(las |los )?(mujeres|latin[oa]s|mexican[oa]s|hispan[oa]s|morenos|negr[oa]s|inmigrantes|nosotr[oa]s|los que hablamos espanol)\b|\b(pagan?|pagaron) menos que a (los|las) (demas|hombres|gueros|gringos|blancos|americanos|otros|otras)\b|\b(pagan?|pagaron) menos\b.{0,40}\bpor (el|hacer el) mismo trabajo\b|\bpor (el|hacer el) mismo trabajo\b.{0,40}\b(pagan?|pagaron) menos\b/,
      /\b(discrimin\w*|racis\w*|racial|(me|le|les|nos|te) (dic\w*|dij\w*|llam\w*|grit\w*) (de )?mojad[oa]s?|(pinches?|los|unos|esos|puros?|son|eres|bola de) mojad[oa]s\b|mojad[oa]s? (de mierda|cochin\w*|pendej\w*)|los (mexicanos|latinos|negros|morenos) no|por ser (mujer|latin[oa]|mexican[oa]|negr[oa]|gay|vieja?|inmigrante)|por mi (edad|religion|raza|color|acento|embarazo)|(porque|por que) (estoy embarazada|soy gay|soy mujer)|se burla\w* de mi (acento|color|religion)|(llam\w*|habl\w*|report\w*|ech\w*|mand\w*|amenaz\w*|acus\w*)( a| con)? (la )?migra(cion)?|(soy|es|somos|eres) (ilegal|ilegales|indocumentad[oa]s?))\b/
    ]
  },
  {
    category: 'retaliation',
    patterns: [
      /\b(retaliat\w*|(after|since|because|ever since|(the|a|one|right|just) (day|days|week|weeks) after|right after) (i|we) (complained|reported|filed|went to hr|spoke up|called (the hotline|osha|the labor board|the state|corporate|ethics)|reported (it|them|him|her) to (osha|hr|the state|corporate))|if (i|we) (report|complain|file|put in|go to hr|call the hotline)\w*\b.{0,40}\b(fire|fired|never work|done here|lose my job|get rid of|regret|cut (my|your) hours)|if (i|we) (report|complain)|if (i|we) (keep|continue|go on) (to )?(report|complain)\w*|written up after|\b(cut|take|taking|cutting) (my|our) (hours|shifts|overtime)\b.{0,15}\bif (i|we) (keep|complain|report|ask|say|tell|go)\w*|punish\w* (me )?for (reporting|complaining))\b/,
      /\b(i|we) (reported|complained about|wrote up|went to hr about|called the hotline on) (my|the|our|him|her|them)\b ?(manager|supervisor|sup|boss|lead|gm|coworker|harassment)?.{0,40}\b(and now|now (i|we|they|he|she) (get|gets|give|gives|cut|cuts|wont|won'?t)|since then|ever since)\b/,
      // Threatened with the sack for taking leave the law protects ("if i take FMLA she'll make sure i dont have a
      // job to come back to").
      /\bif (i|we) (take|use|go on|ask for|request|file for|put in for) (for )?(fmla|family leave|medical leave|maternity leave|paternity leave|my sick (time|days|leave)|workers'? comp)\b.{0,60}\b(fire\w*|no job|(a|my|our) jobs? to come back|lose (my|our) jobs?|replace (me|us)|get rid of (me|us)|done here|let (me|us) go)\b|\bsi (tomo|pido|agarro|uso|saco) (el |la |mi |mis )?(fmla|incapacidad|licencia (medica|de maternidad)|dias de enfermedad)\b.{0,60}\b(me (corren|despiden|van a correr|van a despedir)|pierdo (mi|el) (trabajo|puesto)|ya no (tengo|tendre|voy a tener) (trabajo|chamba))\b/,
      // Told not to come back if leave is taken ("told me if i take it i shouldnt bother coming back").
      /\bif (i|we) (take|use|go|call|ask)\b.{0,40}\b(shouldnt|shouldn'?t|should not|dont|don'?t|do not|no need to|not to) (even )?bother (coming|to come) back\b|\bsi (lo |la )?(tomo|pido|falto)\b.{0,40}\bya no (regrese|vuelva|venga)\b/,
      // Threatened with the sack for seeking care for a hurt ("said if we go to the nurse we're fired").
      /\bif (i|we) (go|went|going) to (the )?(nurse|doctor|clinic|er|hospital|first aid|urgent care)\b.{0,25}\b(fired|fire (me|us)|written up|write (me|us) up|lose (my|our) jobs?|(we'?re|were|we are|im|i'?m) (fired|done|out))\b|\bsi (vamos|voy) (a la|al) (enfermera|doctor|clinica|hospital)\b.{0,25}\b(nos|me) (corren|despiden|corre|despide)\b/,
      // Threatened with discipline for staying home sick ("said if i call out ill be written up, i have a fever").
      /^(?=.*\b(sick|fever|flu|covid|vomit\w*|doctor|hospital|urgent care|enferm[oa]|fiebre|calentura|gripa)\b).*\b(said|says|told (me|us)|threaten\w*|dijo|dice|amenaz\w*)\b.{0,30}\b(if (i|we) (call|calling|stay|go) (out|in|home)|si (falto|no vengo|me reporto|llamo))\b.{0,50}\b(written up|write (me|us) up|fired|fire (me|us)|lose (my|our) job|suspend\w*|corre\w*|castig\w*)\b/,
      /\b(represalia\w*|(desde|despues de) que (reporte|me queje|fui a (rh|recursos humanos)|puse (una|la) queja|hable con (rh|recursos humanos))|porque me queje|si (sigo|seguimos|vuelvo a|volvemos a) (report|quej|denunci)\w*|si (me quejo|me voy a quejar|lo reporto|la reporto|voy a (rh|recursos humanos)|pongo (una |la )?queja|reporto (el|la|mi) (accidente|lesion|golpe)|reporto (q|que))|(reporte|me queje de|puse una queja contra) (a )?(mi|el|la) (supervisor|supervisora|encargad[oa]|jefe|jefa|gerente|lider)\b.{0,40}\b(y ahora|desde entonces)|porque (lo|la) reporte|se va a vengar|(vida imposible|correr|despedir|quitar (las |mis )?horas)\b.{0,30}\bsi (lo|la|te|me|los) (report|acus|quej|denunci)\w*|se vengo|me castiga\w*)\b/
    ]
  },
  {
    category: 'assault',
    patterns: [
      // Something thrown at the sender by a boss or anyone, hit or not ("boss threw a clipboard at my head").
      /\b(boss|supervisor|sup|manager|mgr|foreman|lead|chef|gm|owner|he|she|coworker|customer)\b.{0,15}\b(threw|throws|throwing|chucked|hurled) (a |an |the |his |her |some )?[\w-]+ (at|towards?) (me|my|us)\b|\bme (avento|tiro|lanzo) (un|una|el|la) \w+\b/,
      // Done to the sender, once or again and again ("keeps grabbing me"); not an errand ("grabbing me a coffee").
      /(?<!\b(cow|horse|goat|bull|mule|dog|cat|pig|sheep|calf|steer|animal|resident'?s dog|client'?s dog) )\b(pushed|shoved|slapped|grabbed|choked|kicked|spit on|punched|smacked|socked|slugged|elbowed|headbutted) me\b|\bthrew (something|a \w+) at me\b|\b(keeps?|kept|always|been|is|hes|shes|he'?s|she'?s) (shoving|slapping|grabbing|choking|punching|smacking|pinching|elbowing) me\b(?! (a|an|some|the|one|lunch|coffee|food|water|something)\b)|\b(shoves|slaps|grabs|chokes|punches|smacks|pinches) me\b(?! (a|an|some|the|one|lunch|coffee|food|water|something)\b)/,
      // Hit by someone on the staff ("my shift lead hit me last week", "el jefe de turno me pego"); not "hit me up",
      // nor a cold passed on ("me pego la gripa").
      /\b(manager|mgr|supervisor|sup|boss|lead|coworker|co-worker|owner|gm|foreman|chef|jefe|jefa|encargad[oa]|gerente|supervisora|companer[oa]|mayordomo|capataz|dueno|duena)\b.{0,20}\b((hit|hits|smacked|struck|beat|beats) (me|us)\b(?! up\b)|me (pego|pegaba|pega)\b(?! (la |el |su |un |una )?(gripa|gripe|covid|resfriado|catarro|tos|virus|chicle|piojos)\b))/,
      /\b(me empujo|me aventon|me cacheteo|me pateo|me escupio|me jaloneo|me aventaron|me golpeo|me golpearon|me pegaron|me agarro a golpes)\b|\bme pego (en|con)\b|\bme dio (un golpe|una cachetada|un punetazo|un madrazo)\b/
    ]
  },
  {
    category: 'bullying',
    patterns: [
      // Called fat or ugly, or told so ("said nobody wants to see a fat girl at the register", "me dice gorda").
      /\b(called me|calls me|keeps calling me|(said|says|told me|tells me) (that )?(i'?m|im|i am|i look))( \w+)? (fat|fatty|ugly)\b|\b(said|says|told me|tells me)\b.{0,50}\bfat (girl|girls|guy|guys|lady|ladies|ass|cow|pig|people|chick|woman|women)\b|\bme (dice|dijo|llama|llamo|grita) (que (estoy|soy) )?(bien |muy )?(gorda|gordo|cerda|fea|gordita)\b/,
      /\b(bull(y|ied|ies|ying)|hostile work|intimidat\w*|(yell|yells|yelled|yelling|scream\w*|swear\w*|cuss\w*) at (me|us|ppl|people|everyone|everybody|the (crew|girls|guys|new \w+))|(throw|throws|threw|throwing|chuck\w*|hurl\w*) (pans|pots|plates|things|stuff|tools|boxes|trays|a (box|pan|tool|tray|case|chair)) (at|around)\b|calls? me (names|stupid|lazy|dumb|an idiot)|calling me (names|stupid|lazy|dumb)|humiliat\w*|spreading rumou?rs|rumou?rs about me|telling people (i'?m|im|that i)|makes? fun of me|made fun of me|(laugh\w*|mock\w*) at me|mocks? me|mocking me|mocked me)\b/,
      // Screaming in the sender's face, a fist slammed down at them; how someone speaks to the sender not borne
      // ("marcus slammed his fist on the counter and screamed in my face", "no aguanto como me habla priya").
      /\b(yell\w*|scream\w*|shout\w*|cuss\w*|curs\w*) (right )?in(to)? (my|our) faces?\b|\bme (grit\w*|insult\w*) en (la|mi) cara\b|\b(slam\w*|bang\w*|pound\w*) (his|her|their) fists?\b|\b(no (aguanto|soporto)|(cant|can'?t|cannot) (stand|take)) (como|la forma en (que|q)|how|the way) (me (habla|trata|grita|hablan|tratan)|(s?he|they|\w+) (talks|speaks|yells) to me|(s?he|they|\w+) treats me)\b/,
      // Pictures nobody asked for; telling someone to go back to their country.
      /\bsent me (pics|pictures|photos|nudes|videos|a pic|a picture|a video)\b.{0,40}\b(didn'?t|did not|never) ask\b|\b(nudes|dick pics?)\b|\bme (mando|manda|envio) fotos? (que no (pedi|le pedi)|cochinas|de su)\b|\bgo back to (your|my|his|her|their) (own )?country\b|\bgo back (to (mexico|the philippines|china|india|africa|haiti|guatemala|honduras|el salvador|puerto rico|cuba|vietnam|korea|somalia|where (you|u|they) came from)|where (you|u|they) came from)\b|\b(me )?(regrese|regresate|regresa|vuelvete|vete) a (mi|tu|su) (pais|tierra|rancho)\b/,
      // Rumours about the sender and messages that scare them.
      /\b(keeps|keep|is|been|going around|goes around) (telling|saying to) (people|everyone|everybody|the whole (crew|floor|shift|line)|(the )?(others|other \w+|rest of the \w+)) (that )?(i|im|i'm|i've)\b|(?<!\bi )\b(tells|told) (people|everyone|everybody|the whole (crew|floor|shift|line)|the (crew|others)) (that )?(i'?m|im|i am|i was) (a|an) \w+|\b(sending|sends|texting|texts) me (nasty|gross|creepy|weird|dirty|sexual) (messages|texts|pics|pictures|photos)\b|\bme (manda|mandan|anda mandando|envia) (mensajes|fotos|audios) (feos|groseros|cochinos|raros|sucios)\b/,
      // Turning the crew against the sender ('keeps telling the other aides not to help me', 'les dice a los demas
      // que no me ayuden').
      /\b(keeps|kept|always|been|is|was|he|she|they|s?he'?s) (tells?|telling|told) (the )?(others|other \w+|everyone|everybody|people|(the )?(crew|team|rest of the \w+)) (not to|to not|to never|never to) (help|talk to|work with|sit with|eat with|cover for|train) me\b|\b(les )?(dice|dijo|anda diciendo) a (los|las) (demas|otr[oa]s|compañer[oa]s|companer[oa]s)( \w+)? (que |q )?no me (ayuden|hablen|cubran|enseñen|ensenen)\b/,
      // Threats against the sender, said or left ("said he'd catch me in the parking lot", "quit or else"); "kill me"
      // only with no "if i'm late" or laughter after it (that is a boss's idiom).
      /\b(said|says|told me|texted( me)?|keeps saying)\b.{0,25}\b(he'?ll|he will|she'?ll|she will|they'?ll|hes gonna|he's gonna|shes gonna|she's gonna|gonna|going to|he'?d|she'?d|would)\b.{0,12}\b((hurt|beat|break|jump|catch|throw|fight|mess up|wreck|slash|come after) (me|my|up)|kill me\b(?![^.?!]{0,30}\b(if|when|lol|lmao|jk|haha|jaja)\b)|handle me|(see|get) me (outside|after (work|close|my shift|shift)|in the parking lot|out back))\b|\bknows where i live\b|\b(better )?watch (myself|my back|your back|yourself)\b|\bor else\s*([.!]|$)|\b(threatened|threatening|threatens) (me|us|my)\b|\bme amenazo con (la|el|su|una|un) (navaja|cuchillo|pistola|arma|fierro|filero|cuete)\b|\bme (enseno|mostro|saco) (la|el|su|una|un) (navaja|cuchillo|pistola|arma|fierro|filero|cuete)\b.{0,60}\b(me dijo|dijo que|me amenazo|tengo miedo|cuidara|cuidate|ya sab\w+)\b/,
      /\bme (va|van|iba|iban) a (romper|partir|madrear|chingar|golpear|pegar|ponchar|quebrar|rajar|dar (una|un) (madriza|golpiza|chingadazo|putazo))\b|\b(me )?(va|van|iba|iban) a esperar(me)? (afuera|a la salida|en el estacionamiento|saliendo)\b|\b(wait|waiting|be waiting) for me (outside|after (work|my shift|shift|close)|in the (parking )?lot)\b|\b(jokes?|joked|joking|en broma|de broma|bromea\w*)\b.{0,40}\b(gun|guns|pistola|arma|shoot\w*|disparar|bomb|bomba|knife|cuchillo|kill|matar)\b|\bme (tiene|tienen) en la mira\b|\bme anda(n)? buscando\b|\bcuidate la espalda\b|\bo ya veras\b|\bte vas a arrepentir\b|\bme (amenaza|amenazo|amenazaron|amenazan|esta amenazando)\b/,
      // Insults thrown at anyone, a coworker or a resident ("le grita a la senora que es una vieja inutil").
      /\b(calls?|called|calling|yells? at|yelled at|tells?|told) (her|him|them|the (residents?|patients?|customers?|guests?|kids?|new guy|new girl)) (he'?s |she'?s |they'?re |is |are )?(an? )?(stupid|useless|worthless|dumb|idiots?|retarded|pigs?|trash|garbage)\b|\b(le|les|me|nos) (dice|dicen|dijo|grita|gritan|grito|llama|llaman|llamo) (a (la|el|los|las|un|una) (\w+ ){1,4})?(que |q )?(es |son |eres )?(una? )?(viej[oa]s? )?(estupid[oa]s?|pendej[oa]s?|burr[oa]s?|inutil(es)?|idiotas?|tont[oa]s?|cerd[oa]s?|basura)\b/,
      // Staff mistreating those in their care: handled roughly or insulted.
      /\b(yank\w*|jerk\w*|shov\w*|slap\w*|rough(ly)? with|yell\w* at|scream\w* at|curs\w* at|swear\w* at|mock\w*)\b.{0,20}\b(a|the|an|our|that|this|one of the)? ?(resident|residents|patient|patients|client|clients|kid|kids|child|children|camper|campers)\b|\b(gritarle|gritandole|le grito|les grita|le grita|insult\w*|jalone\w*|cachete\w*|le pego|les pega|trata mal|maltrat\w*)\b.{0,25}\b(a )?(un|una|la|el|los|las|dona|don)? ?(residente|residentes|paciente|pacientes|senor|senora|nino|nina|ninos|abuelit[oa]s?|viejit[oa]s?)\b|\b(decirle|le dijo|le dice|le grito)\b.{0,30}\b(gord\w*|viej[oa]|callate)\b|\b(residente|paciente|dona|don|resident|patient)\b.{0,40}\b(brusc\w*|a la fuerza|roughly)\b/,
      /\b(favoritism|plays? favorites|(gives?|giving|gave|hands?|handing) (my|the good|all the good|the best) (hours|shifts|stations|overtime) to (his|her|their|the new|friends|buddies)|ignores me and)\b/,
      /\b(favoritismo|tiene sus favorit[oa]s|(le|les) da (las|los) (buenas?|mejores) (horas|turnos|puestos) a sus (amig[oa]s|favorit[oa]s))\b/,
      /\b(bullying|me humilla\w*|me grita\w*|me insulta\w*|me dice (estupid[oa]|pendej[oa]|burr[oa]|inutil)|chismes de mi|rumores de mi|rumores sobre mi|anda(n)? diciendo (chismes|rumores|que)|se burla\w* de mi|se (rie|rio|rien|rieron) de mi)\b/
    ]
  },
  {
    category: 'misconduct',
    patterns: MISCONDUCT
  }
]

// A customer, guest or patient (or their family: "mrs. patterson's son") yelling or swearing at staff, throwing a
// fit or threatening to call corporate, is the manager's to handle, not a complaint about a colleague; slurs,
// threats and touching by anyone stay HR's.
const CUSTOMER_ANGER =
  /\b(homeowners?|tenants?|residents?|neighbors?|passengers?|shoppers?|parents?|(lady|guy|man|woman|dude|person|senor|senora|tipo|muchacho|muchacha) (in|at|from) (room |table |booth |car |cuarto |mesa )?#?\d+|(lady|guy|man|woman|dude|senor|senora|tipo|muchacho|muchacha)( who)? (came in|walked in|(in|at|from) (the |la |el )?(drive ?thru|drive ?through|drive-thru|window|counter|register|front|lobby|pumps?|front desk|desk|door|caja|ventanilla|mostrador))|customers?|guests?|clients?|patients?|visitors?|callers?|famil(y|ies)|(his|her|their|the kid'?s|a kid'?s) (mom|mother|dad|father|parents?|grandma|grandmother)|(?!(manager|mgr|supervisor|sup|boss|lead|coworker|owner|gm|foreman|chef|director|jefe|jefa|gerente)'s)[a-z]+'s (son|daughter|husband|wife|mom|mother|dad|father|family|kids?|grandson|granddaughter|sister|brother)|clientes?|huesped(es)?|pacientes?|visitas?)\b(?:(?!\b(manager|mgr|supervisor|sup|boss|lead|coworker|co-worker|owner|gm|foreman|chef|jefe|jefa|gerente|encargad[oa])\b)[^.?!]){0,100}\b((yell|yells|yelled|yelling|scream\w*|swear\w*|swore|shout\w*|cuss\w*) at (me|us|ppl|people|everyone|everybody)|call(s|ed|ing)? (me|us) names|(threw|throws|throwing|pitched|pitching) a (fit|tantrum|hissy fit)|(went|goes|going) off on (me|us)|(flipped|freaked) out (on|at) (me|us)|(calling|call|called|gonna call|going to call) corporate on (me|us))\b|\b(el|la|los|las|un|una) (cliente|huesped|paciente|senor|senora)s?\b[^.?!]{0,30}\b(me (grit\w*|insult\w*)|se (puso|pone|esta poniendo) (bien |muy )?(grosero|grosera|agresiv[oa]|pesad[oa]|enojad[oa]))\b/g

// Anyone on the staff, or whoever is over the sender: a text that names one may complain about them too.
const STAFF =
  /\b(manager|mgr|supervisor|sup|boss|lead|coworker|co-worker|owner|gm|foreman|chef|director|coordinator|scheduler|dispatcher|he|she|they|jefe|jefa|encargad[oa]|gerente|supervisora?|coordinador[a]?|companer[oa]|mayordomo|capataz|dueno|duena)\b/

/**
 * A customer, guest, client or patient yelling or swearing at the sender, and nobody on the staff named:
 * the manager's to handle, whatever a topic model trained on complaints about colleagues reads in it.
 */
export function customerAngerOnly(text: string): boolean {
  const folded = readSpanishTexting(fold(text))
  const rest = folded.replace(CUSTOMER_ANGER, ' ')
  return rest !== folded && !STAFF.test(rest)
}

// Harassment named as the subject of a training, a video or a policy ("that harassment training video, is it
// paid") is a course, not a complaint.
const COURSE_NAMED =
  /\b(anti-?)?(sexual )?harass\w* (prevention )?(training|video|class|course|module|quiz|test|policy|poster|seminar|orientation|certificate|certification)s?\b|\b(capacitacion|curso|video|clase|entrenamiento) (de|sobre|contra) (el )?(acoso|hostigamiento)\b/g

/** The kind of complaint a text makes about a person, or null. */
export function matchHrConcern(text: string): HrCategory | null {
  const folded = readSpanishTexting(fold(text)).replace(CUSTOMER_ANGER, ' ').replace(COURSE_NAMED, ' ')
  // As written, and as spelled right ("my sup keeps tuching me").
  for (const reading of [folded, correctSpelling(folded)]) {
    const found = RULES.find((r) => r.patterns.some((p) => p.test(reading)))
    if (found) return found.category
  }
  return null
}

// The sender or their crew is who it happens to ("make me clock out", "nos quita de las propinas"), and
// it is not put as what-if or as asking where to report ("will i get in trouble if i complain", "how do
// i report harassment by my manager": answered, with the private offer of HR).
const TO_SENDER = /\b(me|us|nos|my|our|mi|mis|nuestr[oa]s?)\b/
const WHAT_IF =
  /^(what if|if|what happens if|what (do|should) (i|we) do if|what (are|am) (we|i|you) supposed to do (if|when)|si|y si|(que|q|k) (pasa|hago|hacemos) si)\b|\b(policy|rule|rules|procedure|protocol|politica|regla|reglas)( \w+){0,2} (if|when|si|cuando)\b|\b(if|si) (i|we|me|yo|nos)\b|\b(if|in case) (it|this|that|something|anything)( like (that|this))? (ever )?(happens|happened|occurs)\b|\b(if|si) (you|u|one|someone|somebody|alguien|uno)\b|\bsi (te |lo |la |le )?[a-z]{3,}(as|es)\b|\bsi (alguna vez )?(llega a pasar|pasa|me pasa|nos pasa)\b/
// Asking where to take it: a question, unless it tells of it going on ("who do i tell if my lead keeps
// touching me", "a quien le digo si me sigue mandando mensajes").
// So is asking whether it can be reported without one's name ("can i report harassment without giving my name").
const WHERE_TO_REPORT =
  /^(how|where|who|whom) (do|can|should|would) (i|we|you|u|someone|people|an employee|employees) (report|complain|tell|go)\b|^(can|could|may|is it possible to|puedo|se puede) (i |we )?(report|complain|file|make|reportar|denunciar|poner|hacer)\b.{0,40}\b(anonymous(ly)?|anonim[oa](mente)?|without (giving |saying |using |putting )?(my|our) names?|sin (dar |decir |poner )?(mi|nuestro) nombre)\b|^(whats|what'?s|what is) the (\w+ )?(process|procedure|policy|way|steps?) (for|to|of) (report|reporting|complain|complaining|filing|file)\b|^(como|donde|a quien) (le |se )?(reporto|me quejo|aviso|denuncio|reporta|digo)\b|^(cual|como) es el (proceso|procedimiento) (para|de) (reportar|quejarse|denunciar|poner una queja)\b/
// Asking what the handbook says of it ("what does the handbook say about harassment", "q dice el manual sobre
// el acoso"): a question about the rule, however the sender came to ask it.
const ASKS_THE_HANDBOOK =
  /\b(what does|what do|whats|what'?s|what) (the|our) (handbook|manual|policy|policies) (say|says|said) (about|on|for)\b|\b(que|q|k) (dice|dicen) (el|la|los) (manual|reglamento|politica|politicas|libro)\b/
const THREAT_TOLD =
  /\b(says|said|told (me|us)|keeps saying|threaten\w*|dice que|dijo que|me dijo|(me|nos) (dijeron|dijo|dicen|amenaz\w*))\b.{0,40}\b(if|si) (i|we|me|yo|nos)\b/
const GOING_ON =
  /\b(keeps|keep|kept|always|again|every (day|time|shift|night)|all the time|still|sigue|siguen|siempre|otra vez|cada (dia|vez|turno)|anda|andan)\b/

/** Whether a complaint tells of something happening to the sender, however it is put. */
export function happensToSender(text: string): boolean {
  const folded = fold(text)
  if (!TO_SENDER.test(folded)) return false
  // A threat told is no what-if ("sup says hes gonna cut my hours if i keep asking").
  if (THREAT_TOLD.test(folded)) return true
  if (WHAT_IF.test(folded) || (ASKS_THE_HANDBOOK.test(folded) && !GOING_ON.test(folded))) return false
  return !WHERE_TO_REPORT.test(folded) || GOING_ON.test(folded)
}

// Something a colleague does again and again ("he does it a lot", "siempre nos grita"): told, however put.
const AGAIN_AND_AGAIN =
  /\b(keeps|kept|always|every (day|time|shift|night)|all the time|(does|did|do) (it|that|this) (a lot|constantly|daily)|siempre|sigue|siguen|cada (dia|vez|turno)|todo el tiempo)\b/
// A colleague spoken of: anyone on the staff (STAFF), or him, her, them.
const THIRD_PERSON = new RegExp(`${STAFF.source}|\\b(hes|shes|him|her|them|el|ella|ellos)\\b`)

/**
 * A complaint put as a question that tells of a colleague doing it again and again ("is the lead allowed to
 * grab your waist ... he does it a lot"): told, not asked. Not one that asks what to do if it happens.
 */
export function toldAsGoingOn(text: string): boolean {
  const folded = readSpanishTexting(fold(text))
  return AGAIN_AND_AGAIN.test(folded) && THIRD_PERSON.test(folded) && !WHAT_IF.test(folded)
}
