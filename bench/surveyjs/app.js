// Renders the questionnaire with SurveyJS's framework-free UI, the way its documentation does.
// MODEL comes from model.js, which scripts/build-peer.sh writes from model.json.
const survey = new Survey.Model(MODEL);
survey.render(document.getElementById('survey'));
