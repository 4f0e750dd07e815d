import { Option } from 'commander';

/** `--lang zh|en`: the language of messages and of the output's words; else the config's `lang`, else zh. */
export function langOption(): Option {
  return new Option('--lang <lang>', 'language of messages and output (default: the config’s lang, else zh)').choices(['zh', 'en']);
}
