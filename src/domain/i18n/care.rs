//! Words for the care part of the protocol: `(key, English, Spanish)`.
//!
//! `care.<step>` is the full instruction and `care.<step>.title` its short summary (a calendar
//! title). Spanish addresses the person as usted. Placeholders in braces are filled by the plan.

use super::Catalogue;

pub const ENTRIES: Catalogue = lazy_catalogue![
    // Categories.
    ("care.category.consult", "Consultation", "Consulta"),
    ("care.category.medicine", "Medicines", "Medicamentos"),
    ("care.category.product", "Skin products and makeup", "Productos para la piel y maquillaje"),
    ("care.category.sun", "Sun", "Sol"),
    ("care.category.skin_care", "Skin care", "Cuidado de la piel"),
    ("care.category.arrival", "Arriving", "Llegada"),
    ("care.category.numbing", "Numbing", "Anestesia"),
    ("care.category.treatment", "Treatment", "Tratamiento"),
    ("care.category.what_to_expect", "What to expect", "Qué esperar"),
    ("care.category.warning_signs", "Warning signs", "Señales de alarma"),
    ("care.category.next_session", "Sessions and results", "Sesiones y resultados"),
    // The source a clinic's own question or care step cites when it names none.
    ("source.clinic", "Your clinic's instructions", "Instrucciones de su clínica"),
    // Before the first session.
    (
        "care.consult",
        "Before your first session on {session_date}, see a trained provider (a dermatologist, plastic surgeon or trained aesthetician). They review your skin, your health history and your goals, and decide whether microneedling is right for you.",
        "Antes de su primera sesión, el {session_date}, acuda a un profesional capacitado (dermatólogo, cirujano plástico o esteticista con formación específica). Revisará su piel, sus antecedentes de salud y sus objetivos, y decidirá si el microneedling es adecuado para usted.",
    ),
    ("care.consult.title", "Consultation with your provider", "Consulta con su profesional"),
    (
        "care.cold_sore_antiviral",
        "You tend to get cold sores: ask your provider whether you should take an antiviral medicine around each session to prevent an outbreak.",
        "Usted suele tener herpes labial (calenturas): pregunte a su profesional si debe tomar un antiviral en torno a cada sesión para prevenir un brote.",
    ),
    ("care.cold_sore_antiviral.title", "Ask about antiviral cover for cold sores", "Pregunte por un antiviral para el herpes labial"),
    // Before each session.
    (
        "care.nsaid_otc",
        "Pause over-the-counter ibuprofen, naproxen and other anti-inflammatory painkillers (NSAIDs) until {until}. This applies only to those you buy without a prescription: not to a medicine a doctor prescribed, nor to a daily aspirin taken on a doctor’s advice.",
        "Suspenda temporalmente, hasta el {until}, el ibuprofeno, el naproxeno y otros analgésicos antiinflamatorios (AINE) de venta sin receta. Esto no se aplica a los que le haya recetado un médico ni a una aspirina diaria que tome por indicación médica.",
    ),
    ("care.nsaid_otc.title", "Pause over-the-counter NSAIDs", "Pausa de antiinflamatorios sin receta"),
    (
        "care.nsaid_prescribed",
        "You take an anti-inflammatory medicine on prescription: ask the doctor who prescribed it what to do before your session on {session_date}. Keep taking it as prescribed unless they tell you otherwise.",
        "Usted toma un antiinflamatorio con receta: pregunte al médico que se lo recetó qué debe hacer antes de su sesión del {session_date}. Siga tomándolo como se lo recetaron, salvo que el médico le indique otra cosa.",
    ),
    ("care.nsaid_prescribed.title", "Ask your prescriber about your anti-inflammatory", "Consulte a su médico sobre su antiinflamatorio"),
    (
        "care.retinoid_pause",
        "Stop using retinoid creams and retinol until {until}, the day before your session. If a doctor prescribed your retinoid, ask them before stopping it.",
        "No use cremas con retinoides ni retinol hasta el {until}, el día antes de su sesión. Si un médico le recetó el retinoide, consúltele antes de dejarlo.",
    ),
    ("care.retinoid_pause.title", "No retinol (prescribed: ask your doctor)", "Sin retinol (si es con receta, consulte a su médico)"),
    (
        "care.acne_prescription",
        "Prescription acne cream or gel: ask your prescriber whether to pause it until {until}, the day before your session. Pause it only if they agree.",
        "Crema o gel para el acné con receta: pregunte a quien se lo recetó si debe interrumpirlo hasta el {until}, el día antes de su sesión. Interrúmpalo solo si está de acuerdo.",
    ),
    ("care.acne_prescription.title", "Ask about pausing your acne prescription", "Consulte si pausar su tratamiento para el acné"),
    (
        "care.sun_before",
        "Avoid direct sun until {until}, the day before your session.",
        "Evite el sol directo hasta el {until}, el día antes de su sesión.",
    ),
    ("care.sun_before.title", "Avoid direct sun", "Evite el sol directo"),
    // Session day.
    (
        "care.arrival",
        "Arrive with clean, dry skin and no makeup. Plan to spend up to {visit} at the clinic in all.",
        "Llegue con la piel limpia y seca, sin maquillaje. Cuente con pasar hasta {visit} en la clínica en total.",
    ),
    ("care.arrival.title", "Arrive with clean skin, no makeup", "Llegue con la piel limpia y sin maquillaje"),
    (
        "care.pregnancy_numbing",
        "You said you are pregnant or breastfeeding: tell your provider before the session. Some device makers advise against treatment during this time; others only leave out the numbing cream.",
        "Usted indicó que está embarazada o en período de lactancia: dígaselo a su profesional antes de la sesión. Algunos fabricantes de dispositivos desaconsejan el tratamiento en esta etapa; otros solo omiten la crema anestésica.",
    ),
    ("care.pregnancy_numbing.title", "Tell your provider you are pregnant or breastfeeding", "Avise a su profesional del embarazo o la lactancia"),
    (
        "care.numbing",
        "Numbing cream goes on at {time}, about {minutes} minutes before the treatment, so the skin is numb when it starts.",
        "La crema anestésica se aplica a las {time}, unos {minutes} minutos antes del tratamiento, para que la piel esté adormecida cuando empiece.",
    ),
    ("care.numbing.title", "Numbing cream", "Crema anestésica"),
    (
        "care.treatment",
        "Microneedling session {session} of {sessions} at {time}. The treatment itself takes up to {duration}.",
        "Sesión {session} de {sessions} de microneedling a las {time}. El tratamiento en sí dura hasta {duration}.",
    ),
    ("care.treatment.title", "Microneedling session {session} of {sessions}", "Sesión {session} de {sessions} de microneedling"),
    (
        "care.bleeding_serum",
        "Slight bleeding during the treatment is common. Afterwards a soothing serum or calming treatment is applied to the skin.",
        "Es habitual un ligero sangrado durante el tratamiento. Después se aplica en la piel un sérum o un tratamiento calmante.",
    ),
    ("care.bleeding_serum.title", "Slight bleeding is common; a serum follows", "Ligero sangrado habitual; después, un sérum"),
    // Aftercare.
    (
        "care.no_makeup",
        "No makeup for {hours} hours after the treatment (until {until}).",
        "No use maquillaje durante las {hours} horas siguientes al tratamiento (hasta el {until}).",
    ),
    ("care.no_makeup.title", "No makeup", "Sin maquillaje"),
    (
        "care.sun_first_hours",
        "For the first {hours} hours, stay out of direct sun and put no sunscreen on the treated skin.",
        "Durante las primeras {hours} horas, evite el sol directo y no se aplique protector solar en la piel tratada.",
    ),
    ("care.sun_first_hours.title", "No sun, and no sunscreen yet", "Sin sol y aún sin protector solar"),
    (
        "care.spf",
        "Wear SPF 50+ sunscreen on the treated skin every day until {until}, and keep out of direct sun as much as you can.",
        "Aplíquese protector solar FPS 50+ en la piel tratada todos los días hasta el {until} y evite el sol directo en lo posible.",
    ),
    ("care.spf.title", "SPF 50+ every day", "Protector solar FPS 50+ a diario"),
    (
        "care.spf.then",
        "The SPF 50+ days are over. Keep using sunscreen every day on the treated skin from now on.",
        "Han terminado los días de FPS 50+. A partir de ahora, siga usando protector solar todos los días en la piel tratada.",
    ),
    ("care.spf.then.title", "Sunscreen every day from now on", "Protector solar a diario a partir de ahora"),
    (
        "care.redness",
        "Redness, swelling, irritation and mild pain are expected in the first days; normal redness settles within about {days} days.",
        "Es normal tener enrojecimiento, hinchazón, irritación y un dolor leve los primeros días; el enrojecimiento normal desaparece en unos {days} días.",
    ),
    ("care.redness.title", "Redness and swelling are expected", "Enrojecimiento e hinchazón esperables"),
    (
        "care.flaking",
        "Tightness, flaking or peeling, like a mild sunburn, is normal while the skin recovers.",
        "Es normal notar tirantez, descamación o pelado, como tras una quemadura solar leve, mientras la piel se recupera.",
    ),
    ("care.flaking.title", "Tightness and flaking are normal", "Tirantez y descamación normales"),
    (
        "care.product_avoid",
        "No intense skin products: no retinol, AHAs or other active products until {until}. For a product a doctor prescribed, ask that doctor when to restart it.",
        "No use productos intensos para la piel: nada de retinol, AHA ni otros productos activos hasta el {until}. Si un médico le recetó alguno, pregúntele cuándo volver a usarlo.",
    ),
    ("care.product_avoid.title", "No retinol or active products (prescribed: ask your doctor)", "Sin retinol ni productos activos (si son con receta, consulte a su médico)"),
    (
        "care.product_avoid.then",
        "You may go back to your usual skin products, including retinol and AHAs.",
        "Ya puede volver a sus productos habituales para la piel, incluidos el retinol y los AHA.",
    ),
    ("care.product_avoid.then.title", "Skin products may resume", "Puede retomar sus productos para la piel"),
    (
        "care.gentle_care",
        "Cleanse gently and moisturise; a thin layer of petrolatum (petroleum jelly) helps the skin heal.",
        "Limpie la piel con suavidad e hidrátela; una capa fina de vaselina ayuda a que la piel se cure.",
    ),
    ("care.gentle_care.title", "Gentle cleansing and moisturising", "Limpieza suave e hidratación"),
    (
        "care.no_workout",
        "No workouts or anything that makes you sweat for {hours} hours (until {until}).",
        "Evite el ejercicio y todo lo que le haga sudar durante {hours} horas (hasta el {until}).",
    ),
    ("care.no_workout.title", "No workouts or sweating", "Sin ejercicio ni sudor"),
    (
        "care.back_to_work",
        "You can go back to work or school as soon as you feel comfortable.",
        "Puede volver al trabajo o a los estudios cuando se sienta bien.",
    ),
    ("care.back_to_work.title", "Back to work when comfortable", "Vuelta al trabajo cuando se sienta bien"),
    (
        "care.warning_signs",
        "Call the clinic straight away if you notice: {signs}.",
        "Llame a la clínica de inmediato si nota: {signs}.",
    ),
    ("care.warning_signs.title", "When to call the clinic", "Cuándo llamar a la clínica"),
    ("care.warning.bruising", "bruising", "hematomas"),
    ("care.warning.allergy", "an allergic reaction", "una reacción alérgica"),
    (
        "care.warning.worsening",
        "redness, swelling or pain that gets worse instead of better",
        "enrojecimiento, hinchazón o dolor que empeoran en lugar de mejorar",
    ),
    ("care.warning.pus", "pus", "pus"),
    ("care.warning.fever", "fever", "fiebre"),
    ("care.warning.cold_sore", "a cold sore", "un herpes labial (calentura)"),
    // Series.
    (
        "care.next_session",
        "Your next session, {next} of {sessions}, is on {next_date} at {next_time}. Results build up over the weeks between sessions.",
        "Su próxima sesión, la {next} de {sessions}, es el {next_date} a las {next_time}. Los resultados aparecen poco a poco en las semanas entre sesiones.",
    ),
    ("care.next_session.title", "Next session: {next} of {sessions}", "Próxima sesión: {next} de {sessions}"),
    (
        "care.results_review",
        "It is now {months} months since your last session: a good time to judge the results with your provider.",
        "Han pasado {months} meses desde su última sesión: es un buen momento para valorar los resultados con su profesional.",
    ),
    ("care.results_review.title", "Time to judge your results", "Momento de valorar los resultados"),
    // The plan around the items.
    ("plan.continues", "{title} (until {until})", "{title} (hasta el {until})"),
    ("plan.duration.hour", "{n} hour", "{n} hora"),
    ("plan.duration.hours", "{n} hours", "{n} horas"),
    ("plan.duration.minute", "{n} minute", "{n} minuto"),
    ("plan.duration.minutes", "{n} minutes", "{n} minutos"),
    ("plan.duration.and", "{hours} {minutes}", "{hours} y {minutes}"),
    ("unit.day", "{n} day", "{n} día"),
    ("unit.days", "{n} days", "{n} días"),
    ("unit.month", "{n} month", "{n} mes"),
    ("unit.months", "{n} months", "{n} meses"),
    (
        "plan.error.before_earliest_date",
        "The first session cannot be before {date}: your answers mean waiting until then.",
        "La primera sesión no puede ser antes del {date}: según sus respuestas, debe esperar hasta entonces.",
    ),
    (
        "plan.error.in_the_past",
        "The first session is in the past. Choose {date} or a later day.",
        "La primera sesión está en el pasado. Elija el {date} o un día posterior.",
    ),
    ("plan.error.sessions_out_of_range", "Choose between {min} and {max} sessions.", "Elija entre {min} y {max} sesiones."),
    (
        "plan.error.interval_out_of_range",
        "Sessions should be {min} to {max} days apart.",
        "Entre una sesión y la siguiente debe haber de {min} a {max} días.",
    ),
    (
        "plan.error.not_suitable",
        "Your answers show that microneedling is not suitable for you, so there is no plan to make. Please talk to a provider.",
        "Sus respuestas indican que el microneedling no es adecuado para usted, por lo que no se puede preparar un plan. Hable con un profesional.",
    ),
    (
        "plan.error.wait_without_date",
        "No sessions can be planned for now: your answers mean waiting for something that has no date yet. Your result says when to come back.",
        "Por ahora no se pueden planificar sesiones: según sus respuestas, hay que esperar algo que todavía no tiene fecha. Su resultado indica cuándo volver.",
    ),
    (
        "plan.condition",
        "Each session goes ahead only if {what} by then. If not, call your clinic to move the session.",
        "Cada sesión se hará solo si para entonces {what}. Si no, llame a su clínica para cambiarla de fecha.",
    ),
    (
        "plan.error.incomplete",
        "Some questions are still unanswered. Finish the questionnaire to plan your sessions.",
        "Aún quedan preguntas sin responder. Complete el cuestionario para planificar sus sesiones.",
    ),
    (
        "plan.error.date_out_of_range",
        "These dates are too far in the future to plan. Choose an earlier date.",
        "Estas fechas están demasiado lejos en el futuro para planificarlas. Elija una fecha anterior.",
    ),
    // The calendar file.
    ("ics.calendar_name", "Microneedling care plan", "Plan de cuidados de microneedling"),
    ("ics.sources", "Sources", "Fuentes"),
];
