import { spawn } from "node:child_process";
import { projectRoot } from "./database";

/** Runs a command from the project folder, streaming its output; resolves with its exit code. */
export function run(command: string, args: string[], env: Record<string, string | undefined> = {}): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: projectRoot,
      stdio: "inherit",
      env: { ...process.env, ...env },
    });
    child.on("error", reject);
    child.on("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

export async function runOrFail(command: string, args: string[], env: Record<string, string | undefined> = {}): Promise<void> {
  const code = await run(command, args, env);
  if (code !== 0) throw new Error(`${command} ${args.join(" ")} stopte met code ${code}`);
}

export const bin = (name: string) => `${projectRoot}/node_modules/.bin/${name}`;
