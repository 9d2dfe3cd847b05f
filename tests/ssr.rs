//! Server-side rendering tests: the UI's HTML for a given state, without a browser.

use careplanner::domain::i18n::Lang;
use careplanner::ui::{App, AppProps};
use chrono::NaiveDate;

async fn render_app(lang: Lang) -> String {
    let today = NaiveDate::from_ymd_opt(2026, 11, 21).unwrap();
    yew::ServerRenderer::<App>::with_props(move || AppProps::new(lang, today))
        .hydratable(false)
        .render()
        .await
}

#[tokio::test]
async fn first_screen_says_what_it_is_that_it_is_private_and_who_decides() {
    let cases = [
        (
            Lang::En,
            [
                "Microneedling care planner",
                "stay on this device",
                "not medical advice",
                "Start",
            ],
        ),
        (
            Lang::Es,
            [
                "Planificador de cuidados",
                "se quedan en este dispositivo",
                "no es un consejo médico",
                "Empezar",
            ],
        ),
    ];
    for (lang, expected) in cases {
        let html = render_app(lang).await;
        for text in expected {
            assert!(html.contains(text), "{lang:?}: missing {text:?} in {html}");
        }
        assert!(
            html.contains(r#"<h1 id="screen-heading" tabindex="-1">"#),
            "{lang:?}: the heading must take focus"
        );
    }
}

mod result_screen {
    use careplanner::domain::answers::{Answers, Value};
    use careplanner::domain::i18n::{t, Lang};
    use careplanner::domain::protocol::Protocol;
    use careplanner::domain::screening::Assessment;
    use careplanner::domain::screening::{assess, Verdict};
    use careplanner::ui::components::result::{result_screen, ResultProps};
    use chrono::NaiveDate;
    use yew::prelude::*;

    #[derive(Properties, PartialEq)]
    struct HarnessProps {
        lang: Lang,
        assessment: Assessment,
    }

    /// The result screen as the app renders it, planning offered where the verdict allows.
    #[function_component(Harness)]
    fn harness(props: &HarnessProps) -> Html {
        result_screen(&ResultProps {
            lang: props.lang,
            assessment: props.assessment.clone(),
            settings: Default::default(),
            clinic: Default::default(),
            on_plan: Some(Callback::noop()),
            on_edit: Callback::noop(),
            on_restart: Callback::noop(),
        })
    }

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 21).unwrap()
    }

    /// A full "nothing to report" answer set, with some answers changed.
    fn answers(changes: &[(&str, Value)]) -> Answers {
        let mut a = Protocol::builtin().nothing_to_report();
        for (id, v) in changes {
            a.set(id, v.clone());
        }
        a
    }

    async fn render(lang: Lang, answers: Answers) -> (Verdict, String) {
        let assessment = assess(&Protocol::builtin(), &answers, today());
        let verdict = assessment.verdict;
        let html =
            yew::ServerRenderer::<Harness>::with_props(move || HarnessProps { lang, assessment })
                .hydratable(false)
                .render()
                .await;
        (verdict, html)
    }

    #[tokio::test]
    async fn each_verdict_reads_in_plain_words_and_offers_the_right_next_step() {
        // Answers changed from "nothing to report", the verdict, and whether planning is offered.
        type Case = (Vec<(&'static str, Value)>, Verdict, bool);
        let cases: Vec<Case> = vec![
            (vec![], Verdict::NoConcerns, true),
            (
                vec![("retinoids", Value::Bool(true))],
                Verdict::Precautions,
                true,
            ),
            (
                vec![("blood_disorder", Value::Bool(true))],
                Verdict::ConsultProvider,
                true,
            ),
            (
                vec![("cold_sore_now", Value::Bool(true))],
                Verdict::Postpone,
                true,
            ),
            (
                vec![("keloid_tendency", Value::Bool(true))],
                Verdict::NotSuitable,
                false,
            ),
        ];
        for lang in Lang::ALL {
            for (changes, expected, plan_offered) in &cases {
                let (verdict, html) = render(lang, answers(changes)).await;
                assert_eq!(verdict, *expected, "{changes:?}");
                let key = verdict.title_key();
                let title = t(lang, &key);
                assert!(
                    html.contains(title),
                    "{lang:?} {verdict:?}: title {title:?} missing"
                );
                assert!(
                    html.contains(t(lang, "result.final")),
                    "{lang:?} {verdict:?}: the provider's final say"
                );
                assert_eq!(
                    html.contains("plan-sessions"),
                    *plan_offered,
                    "{lang:?} {verdict:?}: planning offered?"
                );
                assert!(
                    !html.contains("rule."),
                    "{lang:?} {verdict:?}: an untranslated key is shown"
                );
            }
        }
    }

    #[tokio::test]
    async fn a_postponement_with_a_date_names_that_date() {
        let (verdict, html) = render(
            Lang::Es,
            answers(&[
                ("isotretinoin", Value::Bool(true)),
                ("isotretinoin_still_taking", Value::Bool(false)),
                ("isotretinoin_last_dose", Value::Text("2026-09-15".into())),
            ]),
        )
        .await;
        assert_eq!(verdict, Verdict::Postpone);
        assert!(html.contains("15 de marzo de 2027"), "{html}");
    }
}
