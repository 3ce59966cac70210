import "server-only";
import nodemailer from "nodemailer";
import { env } from "@/lib/env";

/** One message to send: what the outbox row holds. */
export interface OutgoingMessage {
  channel: "email" | "sms";
  to: string;
  subject: string;
  body: string;
}

/**
 * Something that can deliver messages. `channels` says which kinds it handles; a message on another channel stays
 * in the outbox (status KEPT) where staff can read it. Tests pass their own sender.
 */
export interface MessageSender {
  channels: readonly ("email" | "sms")[];
  send(message: OutgoingMessage): Promise<void>;
}

/** E-mail over SMTP (nodemailer), e.g. smtp://user:pass@mail.example.nl:587. */
export function createSmtpSender(smtpUrl: string, from: string): MessageSender {
  const transport = nodemailer.createTransport(smtpUrl);
  return {
    channels: ["email"],
    async send(message) {
      await transport.sendMail({ from, to: message.to, subject: message.subject, text: message.body });
    },
  };
}

let cached: MessageSender | null | undefined;

/** The sender from the settings: SMTP when SMTP_URL is set, otherwise none (messages are KEPT in the outbox). */
export function configuredSender(): MessageSender | null {
  if (cached === undefined) {
    const { SMTP_URL, MAIL_FROM } = env();
    cached = SMTP_URL ? createSmtpSender(SMTP_URL, MAIL_FROM) : null;
  }
  return cached;
}
