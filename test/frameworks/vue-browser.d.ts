// Vue's prebuilt browser module has the same API as the package entry.
declare module 'vue/dist/vue.esm-browser.prod.js' {
  export * from 'vue';
}
