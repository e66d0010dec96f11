import { TestBed } from '@angular/core/testing';
import { Markdown } from './markdown';

async function render(text: string, headingLevel?: 2 | 3 | 4): Promise<HTMLElement> {
  const fixture = TestBed.createComponent(Markdown);
  fixture.componentRef.setInput('text', text);
  if (headingLevel) fixture.componentRef.setInput('headingLevel', headingLevel);
  await fixture.whenStable();
  return fixture.nativeElement;
}

/** The rendered markup without Angular's comment anchors, to compare exactly. */
function markup(element: HTMLElement): string {
  return element.innerHTML.replace(/<!--[\s\S]*?-->/g, '');
}

describe('Markdown', () => {
  it('renders paragraphs and line breaks in GOV.UK body text, with no stray spaces', async () => {
    const host = await render('A **bold** start, *then* [a link](https://example.com/a).\nNext line\n\nSecond');
    expect(markup(host)).toBe(
      '<p class="govuk-body">A <strong>bold</strong> start, <em>then</em> ' +
        '<a class="govuk-link" href="https://example.com/a">a link</a>.<br>Next line</p>' +
        '<p class="govuk-body">Second</p>',
    );
  });

  it('renders bulleted and numbered lists with GOV.UK list classes, keeping the first number', async () => {
    const host = await render('- One\n- **Two**\n\n3. Third\n4. Fourth\n\n1. First');
    const bullets = host.querySelector('ul.govuk-list.govuk-list--bullet');
    expect([...(bullets?.querySelectorAll('li') ?? [])].map((li) => li.innerHTML.replace(/<!--.*?-->/g, ''))).toEqual([
      'One',
      '<strong>Two</strong>',
    ]);
    const numbered = host.querySelectorAll('ol.govuk-list.govuk-list--number');
    expect(numbered[0]?.getAttribute('start')).toBe('3');
    expect(numbered[0]?.textContent).toBe('ThirdFourth');
    expect(numbered[1]?.hasAttribute('start')).toBe(false);
  });

  it('renders ## and ### as the next two heading levels below the section it sits in', async () => {
    const top = await render('## Agenda\n### Morning');
    expect(top.querySelector('h2.govuk-heading-m')?.textContent?.trim()).toBe('Agenda');
    expect(top.querySelector('h3.govuk-heading-s')?.textContent?.trim()).toBe('Morning');

    const nested = await render('## Agenda\n### Morning', 3);
    expect(nested.querySelector('h2')).toBeNull();
    expect(nested.querySelector('h3.govuk-heading-m')?.textContent?.trim()).toBe('Agenda');
    expect(nested.querySelector('h4.govuk-heading-s')?.textContent?.trim()).toBe('Morning');
  });

  it('shows HTML and script as literal text, never as elements', async () => {
    const source =
      '<script>alert(1)</script> <img src=x onerror="alert(2)"> <b>bold</b> <a href="https://x.example">x</a>';
    const host = await render(source);
    expect(host.querySelector('script, img, b, a')).toBeNull();
    expect(host.querySelector('p')?.textContent).toBe(source);
  });

  it('does not link javascript:, data: or relative addresses, and shows them as typed', async () => {
    const source =
      '[one](javascript:alert(1)) [two](data:text/html,hi) [three](/admin) ![cat](https://x.example/c.png)';
    const host = await render(source);
    expect(host.querySelectorAll('a')).toHaveLength(0);
    expect(host.querySelector('p')?.textContent).toBe(source);
  });

  it('links http, https and mailto addresses in the same tab', async () => {
    const host = await render('[Email](mailto:events@lga.gov.uk) and [site](https://www.local.gov.uk)');
    const links = [...host.querySelectorAll('a')];
    expect(links.map((a) => a.getAttribute('href'))).toEqual(['mailto:events@lga.gov.uk', 'https://www.local.gov.uk']);
    expect(links.every((a) => a.className === 'govuk-link' && !a.hasAttribute('target'))).toBe(true);
  });

  it('follows a change of text', async () => {
    const fixture = TestBed.createComponent(Markdown);
    fixture.componentRef.setInput('text', 'Before');
    await fixture.whenStable();
    fixture.componentRef.setInput('text', '- After');
    await fixture.whenStable();
    expect((fixture.nativeElement as HTMLElement).querySelector('ul li')?.textContent).toBe('After');
    expect((fixture.nativeElement as HTMLElement).querySelector('p')).toBeNull();
  });
});
