// Tools some tests drive (Neovim, tmux) come from Debian packages that .ci/run
// installs; a test run as root installs a missing one too. Anything else is a
// stated reason to skip, never a silent pass.
import {spawnSync} from 'node:child_process'

/** Undefined when `command` runs (installing the Debian `pkg` first when it can), else why it cannot. */
export function ensureDebianTool(command: string, versionArgs: readonly string[], pkg: string): string | undefined {
  const runs = () => spawnSync(command, [...versionArgs], {encoding: 'utf8'}).status === 0
  if (runs()) return undefined
  if (process.getuid?.() === 0 && spawnSync('apt-get', ['--version']).status === 0) {
    spawnSync('apt-get', ['install', '-y', '-qq', pkg], {stdio: 'ignore', timeout: 300_000, env: {...process.env, DEBIAN_FRONTEND: 'noninteractive'}})
    if (runs()) return undefined
  }
  return `${command} is not installed and could not be installed (Debian package "${pkg}")`
}
