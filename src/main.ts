/** Browser entry point: mounts the app shell. */
const app = document.getElementById('app');
if (app) {
  const h1 = document.createElement('h1');
  h1.textContent = 'Skywatch';
  app.append(h1);
}
