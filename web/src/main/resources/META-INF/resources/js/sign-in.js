// Sign in and out from the header: a dialog asking for username and password, the session kept in
// memory by session.js. A refused sign-in says why in the dialog (the server's message); an expired
// session says so above the map and the staff layers go.

import { onSessionExpired, signIn, signOut } from './session.js';
import { t } from './i18n.js';

export class SignIn {
  constructor({ open, close, userName, dialog, form, username, password, error, cancel, expiredNote }, { state, showStatus }) {
    this.state = state;
    const showError = (message) => {
      error.hidden = !message;
      error.textContent = message ?? '';
    };
    const openDialog = (expired) => {
      showError(null);
      form.reset();
      if (expiredNote) expiredNote.hidden = !expired;
      if (!dialog.open) dialog.showModal();
      if (expired && state.get().sessionEnd === 'expired' && this.lastUsername) {
        username.value = this.lastUsername;
        password.focus();
      } else {
        username.focus();
      }
    };
    open.addEventListener('click', () => openDialog(state.get().sessionEnd === 'expired'));
    cancel.addEventListener('click', () => dialog.close());
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      showError(null);
      try {
        const user = await signIn(username.value.trim(), password.value);
        password.value = '';
        dialog.close();
        this.lastUsername = String(user.username ?? '');
        state.set({ user: { username: this.lastUsername, roles: Array.isArray(user.roles) ? [...user.roles] : [] }, sessionEnd: null });
        showStatus('session.welcome', { username: user.username ?? '' });
      } catch (err) {
        password.value = '';
        showError(err.status === 401 ? t('session.refused') : err.status === 429 ? t('session.throttled') : err.message);
        password.focus();
      }
    });
    close.addEventListener('click', async () => {
      // The token is forgotten at once and the map drops what only staff see before the server
      // revokes it, so no staff layer is still asking with a token that is being revoked.
      const revoking = signOut();
      state.set({ user: null, sessionEnd: 'signedOut' });
      await revoking;
      showStatus('session.signedOut');
    });
    // An expired session keeps the work panel's input (work-panel.js) and asks to sign in again.
    onSessionExpired(() => {
      state.set({ user: null, sessionEnd: 'expired' });
      showStatus('session.expired', {}, 'warning');
      openDialog(true);
    });
    const render = ({ user }) => {
      open.hidden = Boolean(user);
      close.hidden = !user;
      userName.hidden = !user;
      userName.textContent = user ? t('session.user', { username: user.username, roles: user.roles.join(', ') }) : '';
    };
    state.subscribe(['user', 'language'], render);
    render(state.get());
  }
}
