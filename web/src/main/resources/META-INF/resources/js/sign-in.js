// Sign in and out from the header: a dialog asking for username and password, the session kept in
// memory by session.js. A refused sign-in says why in the dialog (the server's message); an expired
// session says so above the map and the staff layers go.

import { onSessionExpired, signIn, signOut } from './session.js';
import { t } from './i18n.js';

export class SignIn {
  constructor({ open, close, userName, dialog, form, username, password, error, cancel }, { state, showStatus }) {
    this.state = state;
    const showError = (message) => {
      error.hidden = !message;
      error.textContent = message ?? '';
    };
    open.addEventListener('click', () => {
      showError(null);
      form.reset();
      dialog.showModal();
      username.focus();
    });
    cancel.addEventListener('click', () => dialog.close());
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      showError(null);
      try {
        const user = await signIn(username.value.trim(), password.value);
        password.value = '';
        dialog.close();
        state.set({ user: { username: String(user.username ?? ''), roles: Array.isArray(user.roles) ? [...user.roles] : [] } });
        showStatus('session.welcome', { username: user.username ?? '' });
      } catch (err) {
        password.value = '';
        showError(err.status === 401 ? t('session.refused') : err.status === 429 ? t('session.throttled') : err.message);
        password.focus();
      }
    });
    close.addEventListener('click', async () => {
      await signOut();
      state.set({ user: null });
      showStatus('session.signedOut');
    });
    onSessionExpired(() => {
      state.set({ user: null });
      showStatus('session.expired', {}, 'warning');
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
