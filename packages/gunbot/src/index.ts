export { encryptPassword } from "./password.js";
