/**
 * Words that name a parent or another carer, read by the model as one word. In the blind sets a
 * stepfather was named in more acute cases than not, and the model learnt "stedfar" as a sign of
 * danger (a plain "hendes stedfar slår hende" called for 112, "stedfar er streng" scored as acute
 * as a threat). Which carer is named tells the duty apart from danger in no case the domain
 * describes, so they are made one before the model sees them. Folded spelling (æ -> ae, ø -> oe).
 */
export const CARER_WORDS: readonly string[] = [
  ...['far', 'mor', 'fader', 'moder', 'stedfar', 'stedmor', 'papfar', 'papmor', 'bonusfar', 'bonusmor']
    .concat(['plejefar', 'plejemor', 'farfar', 'farmor', 'morfar', 'mormor'])
    .flatMap((w) => [w, `${w}s`, `${w}en`, `${w}ens`]),
  ...['mama', 'mamma', 'mams', 'papa', 'pappa', 'fatter', 'mutter'],
  ...['dad', 'daddy', 'father', 'mum', 'mummy', 'mom', 'mommy', 'mother', 'stepfather', 'stepdad']
    .concat(['stepmother', 'stepmum', 'stepmom', 'grandfather', 'grandmother', 'grandma', 'grandpa'])
    .flatMap((w) => [w, `${w}s`]),
];
