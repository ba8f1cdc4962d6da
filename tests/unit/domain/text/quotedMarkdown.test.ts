import {
  isHttpsUrl,
  sanitiseQuotedMarkdown,
  sanitiseQuotedPlainText,
} from '../../../../src/domain/text/quotedMarkdown';

describe('the sanitiser for quoted update and document text', () => {
  it.each([
    ['<script>alert(1)</script>Fra januar', 'Fra januar'],
    ['Før<script type="x">fetch("//x")</script> efter', 'Før efter'],
    ['<b>Vigtigt</b>: mød op', 'Vigtigt: mød op'],
    ['<img src=x onerror=alert(1)>Tekst', 'Tekst'],
    ['<a href="javascript:alert(1)">klik</a>', 'klik'],
    ['Se <!-- skjult --> her', 'Se  her'],
    ['<style>p{}</style>Ren', 'Ren'],
    ['<iframe src="https://x.dk"></iframe>Ren', 'Ren'],
    ['[klik her](javascript:alert(1))', 'klik her'],
    ['[klik her](JavaScript:alert(1) "titel")', 'klik her'],
    ['[skema](http://intra.herning.dk/skema)', 'skema'],
    ['[data](data:text/html;base64,PHNjcmlwdD4=)', 'data'],
    ['![billede](https://x.dk/a.png)', 'billede'],
    ['<javascript:alert(1)>', ''],
    ['[x]: javascript:alert(1)\nTekst', '\nTekst'],
    ['Skriv javascript:alert(1) her', 'Skriv alert(1) her'],
    ['Se http://intra.herning.dk/side', 'Se `http://intra.herning.dk/side`'],
  ])('%j becomes %j', (input, expected) => {
    expect(sanitiseQuotedMarkdown(input)).toBe(expected);
  });

  it.each([
    ['**fed** og _kursiv_'],
    ['- punkt 1\n- punkt 2'],
    ['> citat [1]'],
    ['[Herning Kommune](https://www.herning.dk/)'],
    ['Alder < 6 år og > 3 år'],
    ['Vi indsamler følgende data: alder og klassetrin.'],
    ['Møde kl. 10.30 i lokale 2.14 (3.a og 8.b)'],
  ])('keeps Markdown Teams renders and ordinary text: %j', (input) => {
    expect(sanitiseQuotedMarkdown(input)).toBe(input);
  });

  it('keeps an https autolink as a plain address', () => {
    expect(sanitiseQuotedMarkdown('Se <https://www.herning.dk/>')).toBe('Se https://www.herning.dk/');
  });

  it('reduces links to their text for plain-text places', () => {
    expect(sanitiseQuotedPlainText('[Herning](https://www.herning.dk/) <b>x</b>')).toBe('Herning x');
  });

  it('accepts only https addresses as links', () => {
    expect(isHttpsUrl('https://www.herning.dk/')).toBe(true);
    for (const url of [
      'http://www.herning.dk/',
      'javascript:alert(1)',
      'data:text/html,x',
      'mailto:a@b.dk',
      'www.herning.dk',
    ]) {
      expect(isHttpsUrl(url)).toBe(false);
    }
  });
});
