//! The keyboard of the keyboard-only walks: keys sent to whatever has the focus, counted, and
//! waits for where the app put the cursor.

use fantoccini::Client;
use fantoccini::key::Key;

use crate::element;

/// Keys sent to the focused element, counted. A chord (Ctrl+2) counts as one key, as does each
/// typed character.
pub struct Keyboard<'a> {
    app: &'a Client,
    /// Every key, typed or pressed.
    pub keys: usize,
    /// The typed characters among them.
    pub typed: usize,
}

impl<'a> Keyboard<'a> {
    pub fn new(app: &'a Client) -> Self {
        Keyboard { app, keys: 0, typed: 0 }
    }

    async fn send(&mut self, keys: &str) {
        let focused = self.app.active_element().await.expect("something has the focus");
        focused.send_keys(keys).await.expect("keys sent");
    }

    /// Types text into whatever has the focus.
    pub async fn type_text(&mut self, text: &str) {
        self.send(text).await;
        let count = text.chars().count();
        self.keys += count;
        self.typed += count;
    }

    /// Presses one key (Enter, Tab) or chord.
    pub async fn press(&mut self, key: &str) {
        self.send(key).await;
        self.keys += 1;
    }

    pub async fn enter(&mut self) {
        self.press(&Key::Enter.to_string()).await;
    }

    pub async fn tab(&mut self) {
        self.press(&Key::Tab.to_string()).await;
    }
}

/// Waits until the focused element has the id `id` (the app put the cursor there).
pub async fn focus_is_on(app: &Client, id: &str) {
    for _ in 0..100 {
        let focused = app.active_element().await.expect("an active element");
        if focused.attr("id").await.ok().flatten().as_deref() == Some(id) {
            return;
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    let focused = app.active_element().await.expect("an active element");
    panic!("the cursor is not on #{id} but on {:?}", focused.html(false).await.ok());
}

/// Waits until the highlighted option of the open list is `option`.
pub async fn highlighted(app: &Client, option: &str) {
    element(app, &format!("//li[@aria-selected='true']/span[normalize-space(.)='{option}']")).await;
}
