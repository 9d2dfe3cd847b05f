//! Words of the app's own screens: `(key, English, Spanish)`.

pub const ENTRIES: &[(&str, &str, &str)] = &[
    ("app.name", "Microneedling care planner", "Planificador de cuidados para microneedling"),
    ("lang.label", "Language", "Idioma"),
    ("lang.name", "English", "Español"),
    (
        "welcome.lead",
        "Answer a few plain questions to see whether anything means you should wait before microneedling. Then get a day-by-day plan for before and after your sessions.",
        "Responda unas preguntas sencillas para saber si hay algún motivo para esperar antes del microneedling. Después obtendrá un plan día a día para antes y después de sus sesiones.",
    ),
    (
        "welcome.privacy",
        "Private: your answers stay on this device. Nothing is sent anywhere.",
        "Privado: sus respuestas se quedan en este dispositivo. No se envía nada a ninguna parte.",
    ),
    (
        "welcome.disclaimer",
        "This is not medical advice. Your provider makes the final decision.",
        "Esto no es un consejo médico. Su profesional de salud toma la decisión final.",
    ),
    ("welcome.time", "It takes about 3 minutes.", "Se tarda unos 3 minutos."),
    ("welcome.start", "Start", "Empezar"),
    ("title.questions", "Questions", "Preguntas"),
    ("title.result", "Your result", "Su resultado"),
    (
        "footer.privacy",
        "Your answers never leave this device. This planner does not replace a consultation with your provider.",
        "Sus respuestas nunca salen de este dispositivo. Este planificador no sustituye una consulta con su profesional de salud.",
    ),
];
