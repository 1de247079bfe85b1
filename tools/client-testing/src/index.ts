export {
  type Fault,
  type FaultServer,
  json,
  PROXY_ERROR_PAGE,
  type ReceivedRequest,
  startFaultServer,
} from "./fault-server.js";
export { faultServerPerTest, inTurn } from "./fault-server-per-test.js";
export { renderedFailure } from "./rendered-failure.js";
export { nextTurn, settled } from "./settled.js";
