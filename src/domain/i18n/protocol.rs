//! Words for the screening part of the protocol: `(key, English, Spanish)`.
//!
//! Questions are written for a person who may be nervous about a medical form: short, plain,
//! one thing at a time. Findings say what the answer means for the person, `.ask` says what to
//! ask or tell the provider, and `.note` records where sources disagree. Nothing here tells
//! anyone to stop a prescribed medicine; it always sends them to the prescriber. Numbers a
//! clinic can change are not written into findings: the dates come with the finding instead.

use super::Catalogue;

pub const ENTRIES: Catalogue = lazy_catalogue![
    // Steps.
    ("step.about_you", "About you", "Sobre usted"),
    ("step.health", "Your health", "Su salud"),
    ("step.skin", "Your skin", "Su piel"),
    ("step.medicines", "Medicines and recent treatments", "Medicamentos y tratamientos recientes"),
    ("step.goals", "What you would like to improve", "Lo que le gustaría mejorar"),
    // About you.
    ("q.age", "How old are you?", "¿Qué edad tiene?"),
    (
        "q.age.help",
        "In years. We ask for your age rather than your date of birth, so that we keep as little about you as possible.",
        "En años. Le preguntamos la edad y no la fecha de nacimiento para guardar sobre usted lo menos posible.",
    ),
    // Health.
    ("q.feeling_unwell", "Are you feeling unwell at the moment?", "¿Se siente mal en este momento?"),
    (
        "q.feeling_unwell.help",
        "For example a fever, an infection, or an illness you are still recovering from.",
        "Por ejemplo, fiebre, una infección o una enfermedad de la que todavía se está recuperando.",
    ),
    ("q.pregnant_or_breastfeeding", "Are you pregnant or breastfeeding?", "¿Está embarazada o dando el pecho?"),
    (
        "q.pregnant_or_breastfeeding.help",
        "If you might be pregnant, answer yes to be on the safe side.",
        "Si cree que podría estar embarazada, responda que sí por precaución.",
    ),
    (
        "q.cancer_treatment",
        "Are you having chemotherapy or radiation therapy for cancer at the moment?",
        "¿Está recibiendo ahora quimioterapia o radioterapia por un cáncer?",
    ),
    (
        "q.blood_disorder",
        "Do you have a bleeding or blood-clotting disorder?",
        "¿Tiene algún trastorno de la sangre o de la coagulación?",
    ),
    (
        "q.blood_disorder.help",
        "For example haemophilia, or bruising and bleeding very easily.",
        "Por ejemplo, hemofilia, o si le salen hematomas o sangra con mucha facilidad.",
    ),
    (
        "q.metal_allergy",
        "Are you allergic to nickel or stainless steel (for example, does cheap jewellery make your skin itch)?",
        "¿Tiene alergia al níquel o al acero inoxidable (por ejemplo, le pica la piel con la bisutería)?",
    ),
    (
        "q.numbing_allergy",
        "Have you ever had an allergic reaction to a numbing cream or a local anaesthetic?",
        "¿Ha tenido alguna vez una reacción alérgica a una crema anestésica o a la anestesia local?",
    ),
    (
        "q.numbing_allergy.help",
        "For example lidocaine, the numbing used at the dentist or before small procedures.",
        "Por ejemplo, la lidocaína, la anestesia que se usa en el dentista o antes de pequeñas intervenciones.",
    ),
    // Skin.
    ("q.area", "Which area would you like treated?", "¿Qué zona le gustaría tratar?"),
    ("opt.area.face", "Face", "Cara"),
    ("opt.area.neck", "Neck", "Cuello"),
    ("opt.area.chest", "Chest", "Escote"),
    ("opt.area.hands", "Hands", "Manos"),
    ("opt.area.body", "Body (for example the tummy, thighs or arms)", "Cuerpo (por ejemplo, abdomen, muslos o brazos)"),
    ("opt.area.scalp", "Scalp", "Cuero cabelludo"),
    (
        "q.keloid_tendency",
        "Do your scars tend to grow thick and raised (keloids)?",
        "¿Sus cicatrices suelen volverse gruesas y abultadas (queloides)?",
    ),
    (
        "q.keloid_tendency.help",
        "A keloid is a scar that keeps growing beyond the original wound, often after a piercing or a cut.",
        "Un queloide es una cicatriz que sigue creciendo más allá de la herida original, a menudo después de un piercing o un corte.",
    ),
    ("q.eczema_psoriasis", "Do you have eczema or psoriasis?", "¿Tiene eccema o psoriasis?"),
    (
        "q.eczema_psoriasis.help",
        "Moderate or severe means it covers large areas, flares up often, or needs treatment on prescription.",
        "Moderado o grave quiere decir que afecta a zonas amplias, se reactiva a menudo o necesita tratamiento con receta.",
    ),
    ("opt.eczema_psoriasis.none", "No", "No"),
    (
        "q.eczema_psoriasis_active_area",
        "Is it active (red, itchy, flaking or broken) in or near the area you would like treated?",
        "¿Está activo (rojo, con picor, descamación o heridas) en la zona que quiere tratar o cerca de ella?",
    ),
    (
        "q.eczema_psoriasis_active_area.help",
        "If you are not sure, answer yes: your provider will look at the skin.",
        "Si tiene dudas, responda que sí: su profesional revisará la piel.",
    ),
    ("opt.eczema_psoriasis.mild", "Yes, mild", "Sí, leve"),
    ("opt.eczema_psoriasis.moderate_severe", "Yes, moderate or severe", "Sí, moderado o grave"),
    (
        "q.skin_cancer_area",
        "Do you have skin cancer in or near the area you would like treated?",
        "¿Tiene un cáncer de piel en la zona que quiere tratar o cerca de ella?",
    ),
    (
        "q.changing_moles",
        "In that area, are there moles, freckles, skin tags or other growths that have changed in size or shape?",
        "En esa zona, ¿hay lunares, pecas, pequeños colgajos de piel u otras lesiones que hayan cambiado de tamaño o de forma?",
    ),
    (
        "q.acne_breakout",
        "Do you have an acne breakout (active spots) in that area right now?",
        "¿Tiene ahora un brote de acné (granos activos) en esa zona?",
    ),
    (
        "q.cold_sore_now",
        "Do you have a cold sore (herpes) right now?",
        "¿Tiene ahora mismo un brote de herpes labial?",
    ),
    ("q.cold_sore_prone", "Do you get cold sores from time to time?", "¿Le sale herpes labial de vez en cuando?"),
    (
        "q.skin_not_intact",
        "In that area, is the skin broken, infected, irritated or sunburnt right now?",
        "En esa zona, ¿tiene ahora la piel con heridas, infectada, irritada o quemada por el sol?",
    ),
    (
        "q.skin_not_intact.help",
        "For example an open cut or graze, warts, a rash, or a recent sunburn.",
        "Por ejemplo, un corte o un raspón abierto, verrugas, un sarpullido o una quemadura solar reciente.",
    ),
    // Medicines and recent treatments.
    (
        "q.anticoagulants",
        "Do you take a medicine that thins your blood?",
        "¿Toma algún medicamento para hacer la sangre más fluida (anticoagulante o antiagregante)?",
    ),
    (
        "q.anticoagulants.help",
        "For example warfarin, apixaban, rivaroxaban, clopidogrel, heparin injections or a daily aspirin. Keep taking it: we only ask so that your provider knows.",
        "Por ejemplo, warfarina, acenocumarol, apixabán, rivaroxabán, clopidogrel, inyecciones de heparina o una aspirina diaria. Siga tomándolo: solo lo preguntamos para que su profesional lo sepa.",
    ),
    (
        "q.nsaids",
        "Do you take ibuprofen or a similar anti-inflammatory painkiller?",
        "¿Toma ibuprofeno u otro analgésico antiinflamatorio parecido?",
    ),
    (
        "q.nsaids.help",
        "For example ibuprofen, naproxen or diclofenac. Choose “prescribed by a doctor” if a doctor told you to take it. A daily aspirin taken on a doctor’s advice does not count here: keep taking it (the blood-thinner question is about it).",
        "Por ejemplo, ibuprofeno, naproxeno o diclofenaco. Elija «recetado por un médico» si se lo indicó un médico. Una aspirina diaria que toma por indicación médica no cuenta aquí: siga tomándola (la pregunta sobre medicamentos para la sangre se refiere a ella).",
    ),
    ("opt.nsaids.none", "No", "No"),
    ("opt.nsaids.otc", "Yes, bought without a prescription", "Sí, comprado sin receta"),
    ("opt.nsaids.prescribed", "Yes, prescribed by a doctor", "Sí, recetado por un médico"),
    (
        "q.retinoids",
        "Do you use retinol or a retinoid on your skin?",
        "¿Se aplica retinol o algún retinoide en la piel?",
    ),
    (
        "q.retinoids.help",
        "Creams, serums or gels with retinol, retinal, tretinoin or adapalene.",
        "Cremas, sérums o geles con retinol, retinal, tretinoína o adapaleno.",
    ),
    (
        "q.acne_topical",
        "Do you use a prescription cream or gel for acne?",
        "¿Usa alguna crema o gel para el acné con receta médica?",
    ),
    (
        "q.acne_topical.help",
        "For example clindamycin, azelaic acid or adapalene. Acne tablets come in the next question.",
        "Por ejemplo, clindamicina, ácido azelaico o adapaleno. Por las pastillas para el acné le preguntamos a continuación.",
    ),
    (
        "q.isotretinoin",
        "Have you ever taken isotretinoin capsules for acne, or are you taking them now?",
        "¿Ha tomado alguna vez cápsulas de isotretinoína para el acné, o las está tomando ahora?",
    ),
    (
        "q.isotretinoin.help",
        "Brand names include Accutane, Roaccutane, Absorica and Claravis.",
        "Algunas marcas son Roacután, Roaccutan, Accutane y Absorica.",
    ),
    ("q.isotretinoin_still_taking", "Are you still taking it?", "¿La sigue tomando?"),
    ("q.isotretinoin_last_dose", "When did you take the last dose?", "¿Cuándo tomó la última dosis?"),
    (
        "q.isotretinoin_last_dose.help",
        "If it was a long time ago, an approximate date is fine.",
        "Si fue hace tiempo, basta con una fecha aproximada.",
    ),
    (
        "q.recent_injection",
        "Have you had Botox, fillers or other injections in that area in the last 6 months?",
        "¿Le han puesto bótox, rellenos u otras inyecciones en esa zona en los últimos 6 meses?",
    ),
    (
        "q.recent_injection.help",
        "For example botulinum toxin (Botox, Dysport), hyaluronic acid fillers or other injected treatments.",
        "Por ejemplo, toxina botulínica (Botox, Dysport), rellenos de ácido hialurónico u otros tratamientos inyectados.",
    ),
    (
        "q.injection_last_date",
        "When was the most recent injection in that area?",
        "¿Cuándo fue la última inyección en esa zona?",
    ),
    // Goals.
    (
        "q.goals",
        "What would you like microneedling to help with?",
        "¿En qué le gustaría que le ayudara el microneedling?",
    ),
    (
        "q.goals.help",
        "Choose all that apply. About hair loss, the evidence is mixed: some sources say microneedling does not help, others say it may help some kinds of hair loss. Ask your provider; it is not a promise.",
        "Elija todo lo que corresponda. Sobre la caída del cabello, los estudios no coinciden: algunas fuentes dicen que el microneedling no sirve y otras que puede ayudar en algunos tipos de caída. Consulte a su profesional; no es una promesa.",
    ),
    ("opt.goals.acne_scars", "Acne scars", "Cicatrices de acné"),
    ("opt.goals.fine_lines", "Fine lines and wrinkles", "Líneas finas y arrugas"),
    ("opt.goals.stretch_marks", "Stretch marks", "Estrías"),
    ("opt.goals.pores", "Enlarged pores", "Poros dilatados"),
    ("opt.goals.pigmentation", "Dark spots or uneven skin tone", "Manchas oscuras o tono de piel irregular"),
    ("opt.goals.firmness", "Loss of firmness or elasticity", "Pérdida de firmeza o elasticidad"),
    ("opt.goals.sun_damage", "Sun damage", "Daño solar"),
    ("opt.goals.burn_scars", "Scars from burns", "Cicatrices de quemaduras"),
    (
        "opt.goals.surgical_scars",
        "Scars from surgery (for example on the tummy)",
        "Cicatrices de cirugía (por ejemplo, en el abdomen)",
    ),
    (
        "opt.goals.hair_loss",
        "Hair loss (the evidence is mixed: ask your provider)",
        "Caída del cabello (los estudios no coinciden: consulte a su profesional)",
    ),
    // Findings: not suitable.
    (
        "rule.under_minimum_age",
        "Microneedling is offered only to adults aged {minimum_age} or over (the devices are authorised from age 22, and your clinic may set a higher age), so it is not for you yet.",
        "El microneedling solo se ofrece a adultos de {minimum_age} años o más (los aparatos están autorizados a partir de los 22 años, y su clínica puede fijar una edad mayor), así que todavía no es para usted.",
    ),
    (
        "rule.under_minimum_age.ask",
        "Ask your provider or doctor about other treatments suited to your age.",
        "Pregunte a su profesional o a su médico por otros tratamientos adecuados para su edad.",
    ),
    (
        "rule.keloid_tendency",
        "Your scars tend to grow thick and raised, so the tiny wounds microneedling makes could leave keloid scars.",
        "Sus cicatrices tienden a volverse gruesas y abultadas, así que las pequeñas heridas que hace el microneedling podrían dejarle queloides.",
    ),
    (
        "rule.keloid_tendency.ask",
        "Tell your provider about your keloid scars and ask which other treatments could help you.",
        "Hable con su profesional de sus queloides y pregúntele qué otros tratamientos podrían ayudarle.",
    ),
    (
        "rule.cancer_treatment",
        "Microneedling is not done during chemotherapy or radiation therapy. It can be looked at again once your treatment is over.",
        "El microneedling no se hace durante la quimioterapia ni la radioterapia. Se puede volver a valorar cuando termine su tratamiento.",
    ),
    (
        "rule.cancer_treatment.ask",
        "When your treatment has finished, ask the doctor who treats your cancer whether microneedling would be safe for you.",
        "Cuando termine su tratamiento, pregunte al médico que trata su cáncer si el microneedling sería seguro para usted.",
    ),
    (
        "rule.skin_cancer_area",
        "Skin with cancer must not be microneedled. It can be looked at again after the cancer has been treated.",
        "No se debe hacer microneedling sobre piel con cáncer. Se puede volver a valorar cuando el cáncer se haya tratado.",
    ),
    (
        "rule.skin_cancer_area.ask",
        "Ask your skin doctor to treat the skin cancer first, and later ask them whether microneedling could be safe.",
        "Pida a su dermatólogo que trate primero el cáncer de piel y, más adelante, pregúntele si el microneedling podría ser seguro.",
    ),
    // Findings: talk to the provider first.
    (
        "rule.eczema_psoriasis",
        "Moderate or severe eczema or psoriasis needs a provider's opinion first. Microneedling is never done on skin where it is active, because it can make it flare up.",
        "El eccema o la psoriasis moderados o graves necesitan primero la opinión de un profesional. El microneedling nunca se hace sobre piel afectada, porque puede provocar un brote.",
    ),
    (
        "rule.eczema_psoriasis.ask",
        "Show your provider where the eczema or psoriasis is, and ask whether the area you want treated is clear of it.",
        "Muestre a su profesional dónde tiene el eccema o la psoriasis y pregúntele si la zona que quiere tratar está libre de ellos.",
    ),
    (
        "rule.blood_disorder",
        "With a bleeding or clotting disorder you may bleed or bruise more, so a provider must first decide whether microneedling is safe for you.",
        "Con un trastorno de la sangre o de la coagulación puede sangrar o amoratarse más, así que un profesional debe decidir primero si el microneedling es seguro para usted.",
    ),
    (
        "rule.blood_disorder.ask",
        "Tell your provider about your blood disorder, and ask whether they need to speak with your doctor.",
        "Informe a su profesional de su trastorno de la sangre y pregúntele si necesita hablar con su médico.",
    ),
    (
        "rule.anticoagulants",
        "Blood thinners make bleeding and bruising more likely during microneedling, so your provider needs to know before deciding. Do not stop or change your medicine because of this.",
        "Los medicamentos que hacen la sangre más fluida aumentan el sangrado y los hematomas durante el microneedling, así que su profesional debe saberlo antes de decidir. No deje ni cambie su medicamento por este motivo.",
    ),
    (
        "rule.anticoagulants.ask",
        "Tell your provider which medicine you take. Only the doctor who prescribed it can decide on any change, so please don't stop it on your own.",
        "Diga a su profesional qué medicamento toma. Solo el médico que se lo recetó puede decidir cualquier cambio, así que no lo deje por su cuenta.",
    ),
    (
        "rule.changing_moles",
        "A mole or growth that changes in size or shape must be examined before any treatment on that skin.",
        "Un lunar o una lesión que cambia de tamaño o de forma debe revisarse antes de cualquier tratamiento sobre esa piel.",
    ),
    (
        "rule.changing_moles.ask",
        "Ask your provider or a doctor to examine it before you book.",
        "Pida a su profesional o a un médico que la revise antes de pedir cita.",
    ),
    (
        "rule.metal_allergy",
        "Microneedling needles are usually made of stainless steel, which can contain nickel, so an allergy to these metals raises the risk of a reaction.",
        "Las agujas de microneedling suelen ser de acero inoxidable, que puede contener níquel, así que la alergia a estos metales aumenta el riesgo de reacción.",
    ),
    (
        "rule.metal_allergy.ask",
        "Tell your provider about your metal allergy and ask what their needles are made of.",
        "Hable con su profesional de su alergia a los metales y pregúntele de qué material son sus agujas.",
    ),
    (
        "rule.numbing_allergy",
        "A numbing cream is usually applied before microneedling. As you have reacted to one before, your provider needs to plan the session with that in mind.",
        "Antes del microneedling se suele aplicar una crema anestésica. Como ya tuvo una reacción a una, su profesional debe tenerlo en cuenta al planificar la sesión.",
    ),
    (
        "rule.numbing_allergy.ask",
        "Tell your provider which numbing product you reacted to and what happened.",
        "Diga a su profesional a qué anestésico reaccionó y qué le pasó.",
    ),
    (
        "rule.feeling_unwell",
        "Microneedling is meant for people in good general health, so it is best to talk to your provider while you are unwell.",
        "El microneedling está pensado para personas con buena salud general, así que conviene hablar con su profesional mientras no se encuentre bien.",
    ),
    (
        "rule.feeling_unwell.ask",
        "Tell your provider how you are feeling; they may suggest waiting until you are better.",
        "Cuente a su profesional cómo se encuentra; puede que le sugiera esperar a estar mejor.",
    ),
    // Findings: not now.
    (
        "rule.pregnant_or_breastfeeding",
        "Microneedling is not recommended during pregnancy or while breastfeeding, so the treatment waits until afterwards.",
        "No se recomienda el microneedling durante el embarazo ni la lactancia, así que el tratamiento debe esperar hasta después.",
    ),
    (
        "rule.pregnant_or_breastfeeding.ask",
        "Tell your provider, and ask when would be a good time to start.",
        "Coménteselo a su profesional y pregúntele cuándo sería un buen momento para empezar.",
    ),
    (
        "rule.pregnant_or_breastfeeding.come_back",
        "Come back to plan your sessions once your pregnancy is over and you have finished breastfeeding.",
        "Vuelva a planificar sus sesiones cuando haya terminado el embarazo y la lactancia.",
    ),
    (
        "rule.pregnant_or_breastfeeding.note",
        "Sources differ: the SkinPen labelling lists pregnancy as a reason not to treat, while the Dermapen 4 manual only says to leave out the numbing cream. The planner follows the more cautious reading: wait.",
        "Las fuentes no coinciden: la ficha técnica de SkinPen considera el embarazo un motivo para no tratar, mientras que el manual de Dermapen 4 solo indica no usar la crema anestésica. El planificador sigue la lectura más prudente: esperar.",
    ),
    (
        "rule.acne_breakout",
        "Microneedling over active acne can spread bacteria and inflame the skin, so it waits until the breakout has cleared.",
        "El microneedling sobre acné activo puede extender las bacterias e inflamar la piel, así que hay que esperar a que el brote desaparezca.",
    ),
    (
        "rule.acne_breakout.ask",
        "Ask your provider whether the breakout should be treated first, and book once it has cleared.",
        "Pregunte a su profesional si conviene tratar antes el brote, y pida cita cuando el brote haya desaparecido.",
    ),
    ("rule.acne_breakout.condition", "the acne breakout in the area has cleared", "el brote de acné de la zona ha desaparecido"),
    (
        "rule.cold_sore_now",
        "Microneedling during a cold sore outbreak can spread the virus, so it waits until the sore has fully healed.",
        "El microneedling durante un brote de herpes puede extender el virus, así que hay que esperar a que la lesión se haya curado del todo.",
    ),
    (
        "rule.cold_sore_now.ask",
        "Tell your provider about the outbreak, and book once it has completely healed.",
        "Informe a su profesional del brote y pida cita cuando se haya curado por completo.",
    ),
    ("rule.cold_sore_now.condition", "the cold sore has fully healed", "el herpes labial se ha curado del todo"),
    (
        "rule.skin_not_intact",
        "Skin that is broken, infected, irritated or sunburnt has to heal before microneedling, to avoid infection and more irritation.",
        "La piel con heridas, infectada, irritada o quemada por el sol tiene que curarse antes del microneedling, para evitar infecciones y más irritación.",
    ),
    (
        "rule.skin_not_intact.ask",
        "Book once the skin has healed, and tell your provider what happened to it.",
        "Pida cita cuando la piel se haya curado y cuente a su profesional qué le ocurrió.",
    ),
    (
        "rule.skin_not_intact.condition",
        "the skin in the area has healed (no cut, infection, irritation or sunburn)",
        "la piel de la zona se ha curado (sin heridas, infección, irritación ni quemaduras solares)",
    ),
    (
        "rule.eczema_psoriasis_area",
        "Microneedling is never done on skin where eczema or psoriasis is active: the needling can make it flare and spread. It waits until the skin in the area has settled.",
        "El microneedling nunca se hace sobre piel con eccema o psoriasis activos: las agujas pueden provocar un brote y extenderlo. Hay que esperar a que la piel de la zona se haya calmado.",
    ),
    (
        "rule.eczema_psoriasis_area.ask",
        "Show your provider the affected skin, and ask whether it should be treated first.",
        "Muestre a su profesional la piel afectada y pregúntele si conviene tratarla antes.",
    ),
    (
        "rule.eczema_psoriasis_area.condition",
        "the eczema or psoriasis in the area has settled",
        "el eccema o la psoriasis de la zona se ha calmado",
    ),
    (
        "rule.isotretinoin_current",
        "While you are taking isotretinoin, microneedling waits: the skin heals differently during the course and for some months after it. There is no date yet, because it depends on when you take your last dose.",
        "Mientras tome isotretinoína, el microneedling debe esperar: la piel cicatriza de otra manera durante el tratamiento y unos meses después. Todavía no hay fecha, porque depende de cuándo tome la última dosis.",
    ),
    (
        "rule.isotretinoin_current.ask",
        "Tell your provider that you take isotretinoin. Do not stop it for this: only the doctor who prescribed it can decide about your course.",
        "Diga a su profesional que toma isotretinoína. No la deje por este motivo: solo el médico que se la recetó puede decidir sobre su tratamiento.",
    ),
    (
        "rule.isotretinoin_current.come_back",
        "Come back to plan your sessions when your course has ended: sessions can start {isotretinoin_months} after your last dose.",
        "Vuelva a planificar sus sesiones cuando termine el tratamiento: las sesiones pueden empezar {isotretinoin_months} después de la última dosis.",
    ),
    (
        "rule.isotretinoin_current.note",
        "Sources differ: the drug label advises waiting some months after the last dose, while an expert consensus (ASDS, Spring et al., JAMA Dermatology 2017) found the evidence for waiting insufficient. The planner follows the more cautious reading: your plan waits {isotretinoin_months}, a number your clinic sets.",
        "Las fuentes no coinciden: el prospecto del medicamento aconseja esperar unos meses después de la última dosis, mientras que un consenso de expertos (ASDS, Spring y cols., JAMA Dermatology 2017) consideró insuficientes las pruebas a favor de esperar. El planificador sigue la lectura más prudente: su plan espera {isotretinoin_months}, un número que fija su clínica.",
    ),
    (
        "rule.isotretinoin_recent",
        "You took isotretinoin recently. Microneedling waits until {isotretinoin_months} after the last dose, because the skin heals differently until then.",
        "Ha tomado isotretinoína hace poco. El microneedling debe esperar hasta {isotretinoin_months} después de la última dosis, porque hasta entonces la piel cicatriza de otra manera.",
    ),
    (
        "rule.isotretinoin_recent.ask",
        "Tell your provider when you took the last dose, and ask whether they follow the same waiting time.",
        "Diga a su profesional cuándo tomó la última dosis y pregúntele si sigue el mismo tiempo de espera.",
    ),
    (
        "rule.isotretinoin_recent.note",
        "Sources differ: the drug label advises waiting some months after the last dose, while an expert consensus (ASDS, Spring et al., JAMA Dermatology 2017) found the evidence for waiting insufficient. The planner follows the more cautious reading: your plan waits {isotretinoin_months}, a number your clinic sets.",
        "Las fuentes no coinciden: el prospecto del medicamento aconseja esperar unos meses después de la última dosis, mientras que un consenso de expertos (ASDS, Spring y cols., JAMA Dermatology 2017) consideró insuficientes las pruebas a favor de esperar. El planificador sigue la lectura más prudente: su plan espera {isotretinoin_months}, un número que fija su clínica.",
    ),
    (
        "rule.injection_recent",
        "You had an injection in this area recently. Microneedling waits {botox_wait_days} after it, so that it does not disturb the product or its effect.",
        "Le pusieron una inyección en esta zona hace poco. El microneedling espera {botox_wait_days} después, para no alterar el producto ni su efecto.",
    ),
    (
        "rule.injection_recent.ask",
        "Tell your provider what was injected and when; they may ask you to wait longer.",
        "Diga a su profesional qué le inyectaron y cuándo; puede que le pida esperar más.",
    ),
    (
        "rule.injection_recent.note",
        "There is no standard waiting time: clinic pages ask for anything from 2 weeks to 6 months. Your plan waits {botox_wait_days}, the number your clinic sets, and your provider may ask for longer.",
        "No hay un tiempo de espera establecido: las páginas de las clínicas piden desde 2 semanas hasta 6 meses. Su plan espera {botox_wait_days}, el número que fija su clínica, y su profesional puede pedir más.",
    ),
    // Findings: go ahead with a precaution.
    (
        "rule.cold_sore_prone",
        "Microneedling can sometimes bring on a cold sore in people who get them. This is no reason to wait, but it needs a precaution.",
        "El microneedling a veces provoca un brote de herpes en las personas que lo padecen. No es motivo para esperar, pero necesita una precaución.",
    ),
    (
        "rule.cold_sore_prone.ask",
        "Ask your provider whether you should take an antiviral medicine around the session to prevent an outbreak.",
        "Pregunte a su profesional si debe tomar un antiviral alrededor de la sesión para prevenir un brote.",
    ),
    (
        "rule.acne_topical",
        "Prescription acne creams can make the skin more sensitive to microneedling. They may need a pause for a few days before each session, but only if the doctor who prescribed them agrees.",
        "Las cremas para el acné con receta pueden volver la piel más sensible al microneedling. Puede que haya que dejarlas unos días antes de cada sesión, pero solo si el médico que se las recetó está de acuerdo.",
    ),
    (
        "rule.acne_topical.ask",
        "Ask the doctor who prescribed it whether to pause it before each session, and for how long. Don't stop it on your own.",
        "Pregunte al médico que se la recetó si debe dejarla antes de cada sesión y durante cuánto tiempo. No la deje por su cuenta.",
    ),
    (
        "rule.nsaids_otc",
        "Ibuprofen and similar painkillers make bleeding and bruising more likely. Pause the ones you buy without a prescription for {nsaid_pause_days} before each session; your care plan shows the dates. This does not include a daily aspirin taken on a doctor’s advice: keep taking it.",
        "El ibuprofeno y los analgésicos parecidos aumentan el sangrado y los hematomas. Deje los que compra sin receta durante los {nsaid_pause_days} previos a cada sesión; su plan de cuidados indica las fechas. Esto no incluye una aspirina diaria que toma por indicación médica: siga tomándola.",
    ),
    (
        "rule.nsaids_otc.ask",
        "If you need a painkiller in those days, ask your provider or pharmacist what you can take instead.",
        "Si necesita un analgésico esos días, pregunte a su profesional o a su farmacéutico qué puede tomar en su lugar.",
    ),
    (
        "rule.nsaids_prescribed",
        "Anti-inflammatory painkillers make bleeding and bruising more likely. Because a doctor prescribed yours, keep taking it unless that doctor tells you otherwise.",
        "Los analgésicos antiinflamatorios aumentan el sangrado y los hematomas. Como el suyo se lo recetó un médico, siga tomándolo salvo que ese médico le indique otra cosa.",
    ),
    (
        "rule.nsaids_prescribed.ask",
        "Ask the doctor who prescribed it whether it should be paused before your sessions, and tell your provider that you take it.",
        "Pregunte al médico que se lo recetó si conviene dejarlo antes de las sesiones, y diga a su profesional que lo toma.",
    ),
    (
        "rule.retinoids",
        "Retinol and retinoids make the skin more sensitive. Pause retinol you bought yourself for {retinoid_pause_days} before each session; your care plan shows the dates. A retinoid prescribed by a doctor is paused only if that doctor agrees.",
        "El retinol y los retinoides vuelven la piel más sensible. Deje el retinol que compró por su cuenta durante los {retinoid_pause_days} previos a cada sesión; su plan de cuidados indica las fechas. Un retinoide recetado por un médico solo se deja si ese médico está de acuerdo.",
    ),
    (
        "rule.retinoids.ask",
        "Tell your provider which products you use. If a doctor prescribed your retinoid, ask that doctor before pausing it.",
        "Diga a su profesional qué productos usa. Si un médico le recetó el retinoide, pregúntele antes de dejarlo.",
    ),
    (
        "rule.retinoids.note",
        "Sources differ on how long before: “a few days” (“What is micro needling?”), 24 hours (SkinPen) or simply “in advance” (“Microneedling: All You Need To Know”). The planner starts from the more cautious reading; your plan pauses for {retinoid_pause_days}, a number your clinic sets.",
        "Las fuentes no coinciden en cuánto tiempo antes: «unos días» («What is micro needling?»), 24 horas (SkinPen) o simplemente «con antelación» («Microneedling: All You Need To Know»). El planificador parte de la lectura más prudente; su plan hace una pausa de {retinoid_pause_days}, un número que fija su clínica.",
    ),
    // Disputed clinic settings.
    (
        "setting.isotretinoin_months.note",
        "The drug label advises waiting after the last dose of isotretinoin, while an ASDS consensus (Spring et al., JAMA Dermatology 2017) found the evidence for waiting insufficient. The planner starts from the cautious reading; the wait in force is {isotretinoin_months}.",
        "El prospecto aconseja esperar tras la última dosis de isotretinoína, mientras que un consenso de la ASDS (Spring y cols., JAMA Dermatology 2017) consideró insuficientes las pruebas a favor de esperar. El planificador parte de la lectura prudente; la espera que se aplica es de {isotretinoin_months}.",
    ),
    (
        "setting.botox_wait_days.note",
        "The interval after Botox or other injections is not standardised: clinic pages range from 2 weeks to 6 months. The wait in force is {botox_wait_days}; a clinic may set up to 6 months.",
        "El intervalo tras el bótox u otras inyecciones no está estandarizado: las páginas de las clínicas van de 2 semanas a 6 meses. La espera que se aplica es de {botox_wait_days}; una clínica puede fijar hasta 6 meses.",
    ),
    (
        "setting.retinoid_pause_days.note",
        "How long before a session to stop retinol: “a few days” (“What is micro needling?”), 24 hours (SkinPen), “in advance” (“Microneedling: All You Need To Know”). The planner starts from the more cautious reading; the pause in force is {retinoid_pause_days}.",
        "Cuánto tiempo antes de la sesión dejar el retinol: «unos días» («What is micro needling?»), 24 horas (SkinPen), «con antelación» («Microneedling: All You Need To Know»). El planificador parte de la lectura más prudente; la pausa que se aplica es de {retinoid_pause_days}.",
    ),
    (
        "setting.sun_avoid_days_before.note",
        "Avoiding direct sun before a session: 3 days (“What is micro needling?”) against 24 hours (SkinPen). The planner starts from the more cautious reading; the time in force is {sun_avoid_days_before}.",
        "Evitar el sol directo antes de la sesión: 3 días («What is micro needling?») frente a 24 horas (SkinPen). El planificador parte de la lectura más prudente; el tiempo que se aplica es de {sun_avoid_days_before}.",
    ),
    (
        "setting.numbing_minutes.note",
        "Numbing cream time: about an hour (“What should be prepared before undergoing the microneedle procedure?”, “Microneedling: All You Need To Know”) against 30 to 45 minutes (“Microneedling – Benefits And Results”). The planner starts from the longer reading, so the session is not under-planned; the time in force is {numbing_minutes}.",
        "Tiempo de la crema anestésica: alrededor de una hora («What should be prepared before undergoing the microneedle procedure?», «Microneedling: All You Need To Know») frente a 30 a 45 minutos («Microneedling – Benefits And Results»). El planificador parte de la lectura más larga, para no quedarse corto al planificar la sesión; el tiempo que se aplica es de {numbing_minutes}.",
    ),
    (
        "setting.procedure_minutes.note",
        "Length of the procedure: 15 to 20 minutes (“What is micro needling?”), about 30 (“What should be prepared before undergoing the microneedle procedure?”, “Microneedling: All You Need To Know”), 45 to 60 (“What To Expect During Microneedling Treatment?”). The planner starts from the longer reading, so the day is not under-planned; the length in force is {procedure_minutes}.",
        "Duración del procedimiento: de 15 a 20 minutos («What is micro needling?»), unos 30 («What should be prepared before undergoing the microneedle procedure?», «Microneedling: All You Need To Know»), de 45 a 60 («What To Expect During Microneedling Treatment?»). El planificador parte de la lectura más larga, para no quedarse corto al planificar el día; la duración que se aplica es de {procedure_minutes}.",
    ),
    (
        "setting.no_makeup_hours.note",
        "No makeup for 24 hours (“What To Expect During Microneedling Treatment?”), while “Microneedling: All You Need To Know” mentions covering redness with makeup in the first days. The planner starts from the more cautious reading; the time in force is {no_makeup_hours}.",
        "Sin maquillaje durante 24 horas («What To Expect During Microneedling Treatment?»), mientras que «Microneedling: All You Need To Know» menciona tapar el enrojecimiento con maquillaje los primeros días. El planificador parte de la lectura más prudente; el tiempo que se aplica es de {no_makeup_hours}.",
    ),
    (
        "setting.no_sunscreen_hours.note",
        "No sunscreen on treated skin for the first 24 hours (“What To Expect During Microneedling Treatment?”, SkinPen), while “What should be prepared before undergoing the microneedle procedure?” and “Microneedling: All You Need To Know” call sunscreen a must without mentioning those hours. The planner follows the first reading, with no direct sun meanwhile; the time in force is {no_sunscreen_hours}.",
        "Sin protector solar sobre la piel tratada durante las primeras 24 horas («What To Expect During Microneedling Treatment?», SkinPen), mientras que «What should be prepared before undergoing the microneedle procedure?» y «Microneedling: All You Need To Know» consideran imprescindible el protector sin mencionar esas horas. El planificador sigue la primera lectura, sin sol directo mientras tanto; el tiempo que se aplica es de {no_sunscreen_hours}.",
    ),
    // Good to know.
    ("info.title", "Good to know", "Conviene saber"),
    ("info.home_rollers.title", "At-home rollers are not the same", "Los rodillos para casa no son lo mismo"),
    (
        "info.home_rollers",
        "Rollers sold for use at home have shorter, duller needles. They do not give the same result as a treatment at a clinic, and they can injure the skin and cause infection.",
        "Los rodillos que se venden para usar en casa tienen agujas más cortas y menos afiladas. No dan el mismo resultado que un tratamiento en la clínica y pueden dañar la piel y causar infecciones.",
    ),
    ("info.needle_length.title", "Needle length depends on what is treated", "La longitud de las agujas depende de lo que se trate"),
    (
        "info.needle_length",
        "Microneedling needles are 0.5 to 2.5 mm long. Deeper scars need longer needles; your provider chooses the length for your skin.",
        "Las agujas de microneedling miden de 0,5 a 2,5 mm. Las cicatrices más profundas necesitan agujas más largas; su profesional elige la longitud adecuada para su piel.",
    ),
    ("info.microdermabrasion.title", "Not the same as microdermabrasion", "No es lo mismo que la microdermoabrasión"),
    (
        "info.microdermabrasion",
        "Microdermabrasion sands the surface of the skin and uses no needles. Microneedling makes tiny punctures that prompt the skin to repair itself.",
        "La microdermoabrasión lija la superficie de la piel y no usa agujas. El microneedling hace pequeñas punciones que estimulan a la piel a repararse.",
    ),
    // Verdicts.
    ("verdict.no_concerns.title", "No reason found to postpone", "No hemos encontrado motivos para posponerlo"),
    (
        "verdict.no_concerns.body",
        "Nothing in your answers is a reason to wait. Your provider will see your skin and hear your history before deciding.",
        "Nada en sus respuestas es motivo para esperar. Su profesional verá su piel y conocerá sus antecedentes antes de decidir.",
    ),
    (
        "verdict.precautions.title",
        "No reason found to postpone, with some precautions",
        "No hemos encontrado motivos para posponerlo, con algunas precauciones",
    ),
    (
        "verdict.precautions.body",
        "Nothing in your answers is a reason to wait, but there are a few things to do before your sessions, listed below.",
        "Nada en sus respuestas es motivo para esperar, pero hay algunas cosas que hacer antes de las sesiones; las encontrará abajo.",
    ),
    ("verdict.consult_provider.title", "Talk to your provider first", "Hable antes con su profesional"),
    (
        "verdict.consult_provider.body",
        "Something in your answers needs a provider's opinion before you book. Take the points below to your consultation.",
        "Algo en sus respuestas necesita la opinión de un profesional antes de pedir cita. Lleve los puntos de abajo a su consulta.",
    ),
    ("verdict.postpone.title", "Not yet: the treatment should wait", "Todavía no: el tratamiento debe esperar"),
    (
        "verdict.postpone.body",
        "Something in your answers means the treatment should wait for now. Below you can read why, and until when.",
        "Algo en sus respuestas indica que, por ahora, el tratamiento debe esperar. Abajo puede leer por qué y hasta cuándo.",
    ),
    ("verdict.incomplete.title", "Some questions are still unanswered", "Faltan preguntas por responder"),
    (
        "verdict.incomplete.body",
        "We can only give a result once every question is answered. An unanswered question is never taken as a “no”.",
        "Solo podemos darle un resultado cuando haya respondido todas las preguntas. Una pregunta sin responder nunca se toma como un «no».",
    ),
    ("verdict.not_suitable.title", "Microneedling is not suitable for you", "El microneedling no es adecuado para usted"),
    (
        "verdict.not_suitable.body",
        "We are sorry: from your answers, microneedling is not a safe choice for you. The reason is below. Your provider or doctor can talk with you about treatments that may suit you better.",
        "Lo sentimos: según sus respuestas, el microneedling no es una opción segura para usted. El motivo aparece abajo. Su profesional o su médico pueden hablarle de tratamientos que quizá le vayan mejor.",
    ),
];
