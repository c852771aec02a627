// Preloaded into services that listen on every interface (`app.listen(port)`), so that tests
// only ever expose them on 127.0.0.1.
const net = require("node:net");
const listen = net.Server.prototype.listen;
net.Server.prototype.listen = function (...args) {
  if (typeof args[0] === "number" || (typeof args[0] === "string" && /^\d+$/.test(args[0]))) {
    const callback = args.find((a) => typeof a === "function");
    return callback ? listen.call(this, Number(args[0]), "127.0.0.1", callback) : listen.call(this, Number(args[0]), "127.0.0.1");
  }
  return listen.apply(this, args);
};
