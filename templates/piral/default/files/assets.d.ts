// Lets TypeScript accept imports of files that the bundler turns into URLs or modules.
declare module '*.png';
declare module '*.jpg';
declare module '*.jpeg';
declare module '*.gif';
declare module '*.svg';
declare module '*.webp';
declare module '*.woff';
declare module '*.woff2';
declare module '*.css';
declare module '*.scss';
declare module '*.codegen';
