//! Real HS256 JSON Web Tokens, so the FASTTRAK sandbox's tokens look and expire like the real
//! ones: `header.claims.signature`, base64url without padding, signed with a key made at start.

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use hmac::{Hmac, Mac};
use serde::{Deserialize, Serialize};
use sha2::Sha256;

type HmacSha256 = Hmac<Sha256>;

/// What a sandbox access token says.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Claims {
    /// The user name.
    pub sub: String,
    /// The System-Id the token was issued for.
    pub sid: String,
    /// The login session the token belongs to.
    pub jti: String,
    /// Issued at (seconds since 1970).
    pub iat: i64,
    /// Expires (seconds since 1970), as JWT readers expect.
    pub exp: i64,
    /// Expires, in milliseconds: the sandbox checks this, so lifetimes of a second or two work.
    pub exp_ms: i64,
}

/// Signs `claims`.
pub fn sign(claims: &Claims, key: &[u8]) -> String {
    let header = URL_SAFE_NO_PAD.encode(br#"{"alg":"HS256","typ":"JWT"}"#);
    let body = URL_SAFE_NO_PAD.encode(serde_json::to_vec(claims).unwrap_or_default());
    let signing_input = format!("{header}.{body}");
    format!("{signing_input}.{}", URL_SAFE_NO_PAD.encode(mac(key, signing_input.as_bytes())))
}

fn mac(key: &[u8], input: &[u8]) -> Vec<u8> {
    match HmacSha256::new_from_slice(key) {
        Ok(mut mac) => {
            mac.update(input);
            mac.finalize().into_bytes().to_vec()
        }
        Err(_) => Vec::new(),
    }
}

/// The claims of a token signed with `key`; `None` when it is malformed or the signature is wrong.
pub fn verify(token: &str, key: &[u8]) -> Option<Claims> {
    let mut parts = token.split('.');
    let (header, body, signature) = (parts.next()?, parts.next()?, parts.next()?);
    if parts.next().is_some() {
        return None;
    }
    let signature = URL_SAFE_NO_PAD.decode(signature).ok()?;
    let mut check = HmacSha256::new_from_slice(key).ok()?;
    check.update(format!("{header}.{body}").as_bytes());
    check.verify_slice(&signature).ok()?;
    let header: serde_json::Value = serde_json::from_slice(&URL_SAFE_NO_PAD.decode(header).ok()?).ok()?;
    if header.get("alg").and_then(|alg| alg.as_str()) != Some("HS256") {
        return None;
    }
    serde_json::from_slice(&URL_SAFE_NO_PAD.decode(body).ok()?).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn claims() -> Claims {
        Claims { sub: "agent".into(), sid: "sys".into(), jti: "s1".into(), iat: 1, exp: 2, exp_ms: 2000 }
    }

    #[test]
    fn a_signed_token_verifies_and_a_changed_one_does_not() {
        let token = sign(&claims(), b"key");
        assert_eq!(token.split('.').count(), 3);
        assert_eq!(verify(&token, b"key"), Some(claims()));
        assert_eq!(verify(&token, b"other key"), None, "another key");
        let mut forged: Vec<&str> = token.split('.').collect();
        let body =
            URL_SAFE_NO_PAD.encode(br#"{"sub":"admin","sid":"sys","jti":"s1","iat":1,"exp":9,"exp_ms":9}"#);
        forged[1] = &body;
        assert_eq!(verify(&forged.join("."), b"key"), None, "changed claims");
        assert_eq!(verify("not.a.token", b"key"), None);
    }
}
