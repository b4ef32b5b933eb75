//! No input panics verification, decoding or the ingress.
#![cfg(feature = "webhook-server")]

use axum::body::Body;
use axum::http::Request;
use ghl_client::webhooks::testing::TestSigner;
use ghl_client::webhooks::{
    ChannelSink, EventKind, GHL_SIGNATURE_HEADER, Ingress, Verifier, WH_SIGNATURE_HEADER, decode,
    router,
};
use proptest::prelude::*;
use tower::ServiceExt as _;

/// Header values: arbitrary bytes, base64-looking text, or `N/A`.
fn header_value() -> impl Strategy<Value = Option<Vec<u8>>> {
    prop_oneof![
        Just(None),
        Just(Some(b"N/A".to_vec())),
        proptest::collection::vec(any::<u8>(), 0..700).prop_map(Some),
        "[A-Za-z0-9+/=_-]{0,700}".prop_map(|s| Some(s.into_bytes())),
    ]
}

/// Bodies: arbitrary bytes, or JSON objects with GHL-ish keys and odd values.
fn body() -> impl Strategy<Value = Vec<u8>> {
    let leaf = prop_oneof![
        Just(serde_json::Value::Null),
        any::<bool>().prop_map(Into::into),
        any::<f64>()
            .prop_filter("finite", |f| f.is_finite())
            .prop_map(Into::into),
        any::<i64>().prop_map(Into::into),
        ".{0,20}".prop_map(Into::into),
    ];
    let value = leaf.prop_recursive(3, 24, 4, |inner| {
        prop_oneof![
            proptest::collection::vec(inner.clone(), 0..4).prop_map(Into::into),
            proptest::collection::btree_map("[a-zA-Z_]{1,12}", inner, 0..4)
                .prop_map(|m| serde_json::Value::Object(m.into_iter().collect())),
        ]
    });
    let keys = prop_oneof![
        Just("type"),
        Just("timestamp"),
        Just("webhookId"),
        Just("locationId"),
        Just("data"),
        Just("_id"),
        Just("altType"),
        Just("altId"),
        Just("invoiceNumber"),
        Just("status"),
        Just("appointment"),
        Just("dnd"),
        Just("tags"),
        Just("customFields"),
        Just("messageId"),
        Just("permissions"),
        Just("role"),
        Just("properties"),
        Just("owners"),
        Just("product"),
        Just("emailTo"),
        Just("firstRecordId"),
        Just("secondRecordId"),
        Just("id"),
    ];
    let type_value = prop_oneof![
        proptest::sample::select(EventKind::ALL.to_vec()).prop_map(|k| k.wire_type().into()),
        ".{0,10}".prop_map(serde_json::Value::from),
    ];
    prop_oneof![
        proptest::collection::vec(any::<u8>(), 0..400),
        (proptest::collection::vec((keys, value), 0..8), type_value).prop_map(|(fields, ty)| {
            let mut object: serde_json::Map<String, serde_json::Value> =
                fields.into_iter().map(|(k, v)| (k.to_owned(), v)).collect();
            object.entry("type").or_insert(ty);
            serde_json::to_vec(&object).unwrap_or_default()
        }),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn verify_never_panics(ghl in header_value(), wh in header_value(), body in body()) {
        let verifier = Verifier::ghl();
        let signer = TestSigner::new().verifier();
        let mut headers = http::HeaderMap::new();
        if let Some(Ok(v)) = ghl.map(|v| http::HeaderValue::from_bytes(&v)) {
            headers.insert(GHL_SIGNATURE_HEADER, v);
        }
        if let Some(Ok(v)) = wh.map(|v| http::HeaderValue::from_bytes(&v)) {
            headers.insert(WH_SIGNATURE_HEADER, v);
        }
        // Random signatures never verify.
        let has_sig = |v: Option<&http::HeaderValue>| v.is_some_and(|v| {
            let t = v.to_str().unwrap_or("x").trim();
            !t.is_empty() && !t.eq_ignore_ascii_case("N/A")
        });
        let signed = has_sig(headers.get(GHL_SIGNATURE_HEADER)) || has_sig(headers.get(WH_SIGNATURE_HEADER));
        let a = verifier.verify(&headers, &body);
        let b = signer.verify(&headers, &body);
        prop_assert!(a.is_err() && b.is_err(), "signed={signed} {a:?} {b:?}");
    }

    #[test]
    fn decode_never_panics(body in body(), hint in proptest::option::of(proptest::sample::select(EventKind::ALL.to_vec()))) {
        if let Ok(decoded) = decode(&body, hint) {
            // The envelope is always readable and the kind agrees with the event.
            prop_assert_eq!(decoded.envelope.payload_error.is_none() && decoded.envelope.kind.is_some(), decoded.event.kind().is_some());
        }
    }

    #[test]
    fn ingress_never_panics_and_answers_a_known_status(
        body in body(),
        sign in any::<bool>(),
        ghl in header_value(),
        path in prop_oneof![Just("/webhooks/ghl".to_owned()), "/webhooks/ghl/[A-Za-z%]{0,12}"],
    ) {
        let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().expect("rt");
        runtime.block_on(async {
            let signer = TestSigner::new();
            let (sink, _events) = ChannelSink::new(4);
            let app = router(Ingress::builder(sink).verifier(signer.verifier()).max_body_bytes(300).build());
            let mut request = Request::post(path.as_str())
                .header(http::header::CONTENT_TYPE, "application/json")
                .body(Body::from(body.clone()))
                .expect("request");
            if sign {
                request.headers_mut().extend(signer.headers(&body));
            } else if let Some(Ok(v)) = ghl.map(|v| http::HeaderValue::from_bytes(&v)) {
                request.headers_mut().insert(GHL_SIGNATURE_HEADER, v);
            }
            let response = app.oneshot(request).await.expect("infallible");
            let status = response.status().as_u16();
            prop_assert!([200, 400, 401, 404, 413, 429].contains(&status), "status {status}");
            if !sign {
                prop_assert!(status != 200, "an unsigned or randomly signed body was accepted");
            }
            Ok(())
        })?;
    }
}
