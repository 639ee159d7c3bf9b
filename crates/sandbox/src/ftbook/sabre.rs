//! FTBook's Sabre PNR decoding, for a documented subset of Sabre's reservation XML.
//!
//! The subset (namespace prefixes such as `stl19:` are ignored):
//!
//! ```xml
//! <GetReservationRS>
//!   <Passenger>
//!     <LastName>ÖBERG</LastName>
//!     <FirstName>KARIN MRS</FirstName>          <!-- a trailing MR/MRS/MS/DR/CHD is the title -->
//!     <PhoneNumber><Number>46701234567</Number></PhoneNumber>
//!     <EmailAddress><Address>karin@example.se</Address></EmailAddress>
//!   </Passenger>
//!   <Remark Type="COSTCENTER">123</Remark>     <!-- a reference for the booking -->
//! </GetReservationRS>
//! ```

use serde_json::{Value, json};

use super::reply::{Faults, Reply};

const TITLES: [&str; 5] = ["MRS", "MR", "MS", "DR", "CHD"];
const REFERENCE_TYPES: [&str; 7] =
    ["COSTCENTER", "DEPARTMENT", "MISCELLANEOUS", "PROJECT", "REQUISITION", "REFERNCE", "EMPLOYEECODE"];

/// Removes namespace prefixes from tag names: `<stl19:Passenger>` becomes `<Passenger>`.
fn without_prefixes(xml: &str) -> String {
    let mut out = String::with_capacity(xml.len());
    let mut rest = xml;
    while let Some(open) = rest.find('<') {
        out.push_str(&rest[..open]);
        rest = &rest[open..];
        let name_start = if rest.starts_with("</") { 2 } else { 1 };
        let name_end = rest[name_start..]
            .find(|c: char| c.is_whitespace() || c == '>' || c == '/')
            .map_or(rest.len(), |i| i + name_start);
        let name = &rest[name_start..name_end];
        out.push_str(&rest[..name_start]);
        out.push_str(name.rsplit_once(':').map_or(name, |(_, local)| local));
        rest = &rest[name_end..];
    }
    out.push_str(rest);
    out
}

/// The contents of every `<tag ...>...</tag>` in `xml`, with its attributes.
fn elements<'a>(xml: &'a str, tag: &str) -> Vec<(&'a str, &'a str)> {
    let (open, close) = (format!("<{tag}"), format!("</{tag}>"));
    let mut found = Vec::new();
    let mut rest = xml;
    while let Some(start) = rest.find(&open) {
        let after = &rest[start + open.len()..];
        if !after.starts_with([' ', '>', '\n', '\t', '\r']) {
            rest = after;
            continue;
        }
        let Some(head_end) = after.find('>') else { break };
        let attributes = &after[..head_end];
        let body = &after[head_end + 1..];
        let Some(end) = body.find(&close) else { break };
        found.push((attributes, &body[..end]));
        rest = &body[end + close.len()..];
    }
    found
}

fn text(xml: &str, tag: &str) -> Option<String> {
    elements(xml, tag).first().map(|(_, body)| unescape(body.trim())).filter(|t| !t.is_empty())
}

fn unescape(text: &str) -> String {
    text.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&apos;", "'")
        .replace("&amp;", "&")
}

/// Capitalises a Sabre name (`ÖBERG` → `Öberg`, `ANNA-KARIN` → `Anna-Karin`).
fn name_case(name: &str) -> String {
    let mut out = String::new();
    let mut start = true;
    for c in name.chars() {
        if start {
            out.extend(c.to_uppercase())
        } else {
            out.extend(c.to_lowercase())
        }
        start = c == ' ' || c == '-';
    }
    out
}

/// Whether `xml` is a well-formed enough document to decode: it starts with a tag, its angle
/// brackets pair up, and it has at least one element that closes.
fn looks_like_xml(xml: &str) -> bool {
    let opens = xml.matches('<').count();
    xml.starts_with('<') && opens == xml.matches('>').count() && xml.contains("</")
}

/// `POST decode/sabre/pnr`.
pub fn decode(body: &Value) -> Reply {
    if !body.is_object() {
        return Faults::one(4801, "sabreXmlRequest can not be empty").into();
    }
    let xml = match body.get("xmlMessage") {
        None | Some(Value::Null) => {
            return Faults::one(4802, "sabreXmlRequest XML message can not be empty").into();
        }
        Some(Value::String(text)) if text.trim().is_empty() => {
            return Faults::one(4802, "sabreXmlRequest XML message can not be empty").into();
        }
        Some(Value::String(text)) if text.chars().count() <= 64_000 && looks_like_xml(text.trim()) => {
            text.trim()
        }
        Some(_) => return Faults::one(4803, "sabreXmlRequest XML message is invalid").into(),
    };
    let xml = without_prefixes(xml);
    let passengers: Vec<Value> = elements(&xml, "Passenger")
        .into_iter()
        .filter_map(|(_, passenger)| {
            let last = text(passenger, "LastName")?;
            let mut first = text(passenger, "FirstName").unwrap_or_default();
            let mut title = None;
            if let Some((given, suffix)) = first.rsplit_once(' ')
                && TITLES.contains(&suffix)
            {
                title = Some(suffix.to_owned());
                first = given.to_owned();
            }
            let mut out = json!({ "firstName": name_case(&first), "lastName": name_case(&last) });
            if let Some(title) = title {
                out["title"] = json!(title);
            }
            if let Some(phone) =
                elements(passenger, "PhoneNumber").first().and_then(|(_, p)| text(p, "Number"))
            {
                out["phone"] = json!(if phone.starts_with('+') || phone.starts_with('0') {
                    phone
                } else {
                    format!("+{phone}")
                });
            }
            if let Some(email) =
                elements(passenger, "EmailAddress").first().and_then(|(_, e)| text(e, "Address"))
            {
                out["email"] = json!(email.to_lowercase());
            }
            Some(out)
        })
        .collect();
    let references: Vec<Value> = elements(&xml, "Remark")
        .into_iter()
        .filter_map(|(attributes, value)| {
            let kind = attributes.split("Type=\"").nth(1)?.split('"').next()?;
            REFERENCE_TYPES
                .contains(&kind)
                .then(|| json!({ "type": kind, "value": unescape(value.trim()), "mandatory": false }))
        })
        .collect();
    let mut reply = json!({
        "defaultDebitMethod": "AGENT",
        "allowedDebitMethods": ["AGENT", "AGENT_CUSTOMER", "INVOICE"],
        "passengers": passengers,
    });
    if !references.is_empty() {
        reply["references"] = json!(references);
    }
    Reply::Json(reply)
}

#[cfg(test)]
mod tests {
    use super::*;

    const PNR: &str = r#"<stl19:GetReservationRS xmlns:stl19="http://webservices.sabre.com/pnrbuilder/v1_19">
  <stl19:Passenger nameId="01.01">
    <stl19:LastName>ÖBERG</stl19:LastName>
    <stl19:FirstName>KARIN MRS</stl19:FirstName>
    <stl19:PhoneNumber><stl19:Number>46701234567</stl19:Number></stl19:PhoneNumber>
    <stl19:EmailAddress><stl19:Address>Karin.Oberg@Example.se</stl19:Address></stl19:EmailAddress>
  </stl19:Passenger>
  <stl19:Passenger nameId="02.01"><stl19:LastName>LUNDQVIST</stl19:LastName><stl19:FirstName>ANNA-KARIN</stl19:FirstName></stl19:Passenger>
  <stl19:Remark Type="COSTCENTER">4711 &amp; 12</stl19:Remark>
</stl19:GetReservationRS>"#;

    #[test]
    fn passengers_and_references_are_decoded() {
        let Reply::Json(reply) = decode(&json!({ "xmlMessage": PNR })) else { panic!("decoded") };
        assert_eq!(
            reply["passengers"],
            json!([
                {"firstName": "Karin", "lastName": "Öberg", "title": "MRS", "phone": "+46701234567", "email": "karin.oberg@example.se"},
                {"firstName": "Anna-Karin", "lastName": "Lundqvist"}
            ])
        );
        assert_eq!(
            reply["references"],
            json!([{"type": "COSTCENTER", "value": "4711 & 12", "mandatory": false}])
        );
    }

    #[test]
    fn empty_and_broken_documents_get_their_codes() {
        let code = |body: Value| match decode(&body) {
            Reply::Refused(Faults(faults)) => faults[0].0,
            _ => 0,
        };
        assert_eq!(code(json!(null)), 4801);
        assert_eq!(code(json!({})), 4802);
        assert_eq!(code(json!({"xmlMessage": "  "})), 4802);
        assert_eq!(code(json!({"xmlMessage": "PNR ABC123"})), 4803);
        assert_eq!(code(json!({"xmlMessage": "<Passenger><LastName>X</LastName"})), 4803);
    }
}
