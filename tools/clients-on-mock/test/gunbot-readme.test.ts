import { expect, it } from "vitest";
import { describeReadmeExamples } from "./support/readme-suite.js";

const README_BASE_URL = "http://localhost:3000/api/v1";

describeReadmeExamples(
  {
    packageName: "@tradespec/gunbot",
    api: "gunbot",
    minimumExamples: 4,
    env: {
      GUNBOT_PASSWORD: "your_password",
      GUNTHY_WALLET: "value for config.bot.gunthy_wallet",
      GUNBOT_TOKEN: "eyJhbGciOiJIUzI1NiJ9.eyJleHAiOjE4MTEwNjM4NTJ9.c2lnbmF0dXJl",
    },
    // The examples talk to a bot on localhost:3000; send that to the mock instead.
    toMock: (request, mockBaseUrl) => new Request(request.url.replace(README_BASE_URL, mockBaseUrl), request),
  },
  (logged) => {
    it("printed what the comments promise", () => {
      expect(logged).toEqual(
        expect.arrayContaining(["Authenticated", "Order sent", "ENC:vh5p6bzS8CA8wwPuZTO9Dw=="]),
      );
    });
  },
);
