// Entry point: mounts the app into index.html's #app.
import { mount } from 'svelte';
import App from './App.svelte';
import './app.css';

const target = document.getElementById('app');
if (target === null) {
  throw new Error('index.html has no #app element');
}

export default mount(App, { target });
