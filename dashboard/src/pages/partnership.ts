/** One partnership: everything the hub holds, section by section in the source's order, each fact with its passage. */
import { query } from '../api';
import { barChart } from '../charts';
import { h, provenance, table } from '../dom';
import { figure, isWithheld } from '../figures';
import { DashboardPartnershipDocument, type DashboardPartnershipQuery, type PartnershipField } from '../generated/graphql';
import { lang, placeName, t } from '../i18n';

type P = NonNullable<DashboardPartnershipQuery['partnership']>;
type Figure = P['observations'][number];

function section(id: string, title: string, ...content: Array<Node | null>): HTMLElement | null {
  const body = content.filter((c): c is Node => c !== null);
  if (!body.length) return null;
  return h('section', { 'aria-labelledby': `h-${id}` }, h('h2', { id: `h-${id}` }, title), ...body);
}

function list<T extends { id: string }>(items: T[], render: (item: T) => Array<Node | string | null>): HTMLElement | null {
  if (!items.length) return null;
  return h('ul', { class: 'facts' }, items.map((item) => h('li', { 'data-id': item.id, id: `rec-${item.id}`, tabindex: -1 }, ...render(item))));
}

const NARRATIVE: Array<[keyof P & string, PartnershipField, string]> = [
  ['description', 'DESCRIPTION', 'Description'],
  ['background', 'BACKGROUND', 'Background'],
  ['origins', 'ORIGINS', 'Origins'],
  ['aims', 'AIMS', 'Aims'],
  ['roundOneHistory', 'ROUND_ONE_HISTORY', 'Round 1'],
  ['intendedImpact', 'INTENDED_IMPACT', 'Intended impact'],
];

function figureItem(o: Figure, index: number): Array<Node | string | null> {
  const chartId = `chart-breakdown-${index}`;
  const breakdown = o.breakdown;
  const label = `${o.metric.label}${o.period ? `, ${o.period.label}` : ''}${o.project ? ` (${o.project.name})` : ''}`;
  return [
    h('span', { class: 'metric' }, `${label}: `),
    figure(o),
    o.subject ? h('span', {}, ` — ${o.subject}`) : null,
    o.comparator ? h('span', {}, ` · compared with ${o.comparator.metric.label}: ${o.comparator.statedAs ?? o.comparator.value ?? t('withheld')}`) : null,
    provenance(o.source),
    breakdown.length
      ? h(
          'div',
          { class: 'breakdown' },
          h('div', { class: 'chart', id: chartId, 'data-breakdown-of': o.key }),
          table(`${o.metric.label}: ${breakdown[0]!.breakdownDimension ?? 'breakdown'}`, [breakdown[0]!.breakdownDimension ?? 'group', t('count')], breakdown.map((b) => [b.breakdownCategory ?? b.metric.label, figure(b)]), { 'data-breakdown-table': o.key }),
        )
      : null,
  ];
}

export async function partnershipPage(main: HTMLElement, _params: URLSearchParams, slug = ''): Promise<void> {
  const { partnership: p } = await query(DashboardPartnershipDocument, { slug, lang: lang() });
  if (!p) {
    main.replaceChildren(h('h1', {}, 'Not found'), h('p', {}, `No partnership "${slug}".`));
    return;
  }
  document.title = `${p.name} · Partnership Data Hub`;
  const fieldSource = new Map(p.fieldSources.map((f) => [f.field, f.source]));
  const figures = p.observations;
  const parts: Array<Node | string | null> = [
    h('p', {}, h('a', { href: '/dashboard/' }, `← ${t('partnerships')}`)),
    h('h1', {}, p.name),
    table(
      p.name,
      ['', ''],
      [
        [t('programme'), p.programmeConcept?.prefLabel ?? p.programme],
        [t('round'), p.round ?? ''],
        [t('theme'), p.themeConcept?.prefLabel ?? p.theme ?? ''],
        [t('places'), p.places.map(placeName).join(', ')],
        ['Action 2 end', p.action2EndDate ?? ''],
        ['Action 3 end', p.action3EndDate ?? ''],
        ['Status', p.status],
      ],
      { class: 'summary' },
    ),
    provenance(p.source),
    ...NARRATIVE.map(([key, field, title]) => {
      const text = p[key] as string | null;
      return text ? section(key, title, h('p', {}, text), provenance(fieldSource.get(field))) : null;
    }),
    section('objectives', t('objectives'), list(p.objectives, (o) => [o.label ? h('strong', {}, `${o.label} `) : null, o.text, provenance(o.source)])),
    section('activities', t('activities'), list(p.activities, (a) => [a.label ? h('strong', {}, `${a.label} `) : null, a.text, provenance(a.source)])),
    section('target-groups', t('targetGroups'), list(p.targetGroups, (g) => [g.label, g.concepts.length ? ` (${g.concepts.map((c) => c.prefLabel).join(', ')})` : '', g.note ? ` — ${g.note}` : '', provenance(g.source)])),
    section('beneficiaries', 'Beneficiary categories', list(p.beneficiaryCategories, (g) => [g.label, g.concepts.length ? ` (${g.concepts.map((c) => c.prefLabel).join(', ')})` : '', g.note ? ` — ${g.note}` : '', provenance(g.source)])),
    section('members', t('members'), list(p.memberships, (m) => [h('strong', {}, m.organisation.name), ` — ${m.role.toLowerCase()}`, m.description ? `: ${m.description}` : '', provenance(m.source)])),
    section(
      'projects',
      'Projects',
      list(p.projects, (pr) => [
        h('strong', {}, pr.name),
        ` (${pr.kind.toLowerCase()})`,
        ...[pr.summary, pr.background, pr.whatChanged, pr.difference].filter(Boolean).map((text) => h('p', {}, text)),
        pr.partners.length ? h('p', {}, `Partners: ${pr.partners.map((x) => `${x.organisation.name} (${x.role.toLowerCase()})`).join(', ')}`) : null,
        provenance(pr.source),
      ]),
    ),
    section('figures', t('figures'), list(figures, (o) => figureItem(o, figures.indexOf(o)))),
    section('achievements', t('achievements'), list(p.achievements, (a) => [h('strong', {}, a.title), h('p', {}, a.narrative), provenance(a.source)])),
    section('testimonials', 'Testimonials', list(p.testimonials, (q) => [h('q', {}, q.text), q.speaker ? ` — ${q.speaker}` : '', provenance(q.source)])),
    section('innovations', 'Innovations', list(p.innovations, (i) => [h('strong', {}, `${i.dimension} × ${i.level}: `), i.description, provenance(i.source)])),
    section(
      'reports',
      'Reports',
      list(p.reports, (r) => [
        h('strong', {}, r.title),
        r.period ? ` (${r.period.label})` : '',
        r.description ? h('p', {}, r.description) : null,
        provenance(r.source),
        list(r.progressNotes, (n) => [h('em', {}, `${n.section}: `), n.text, provenance(n.source)]),
      ]),
    ),
    section('transnational', 'Transnational partnerships', list(p.transnationalPartnerships, (x) => [h('strong', {}, x.name), x.description ? `: ${x.description}` : '', provenance(x.source)])),
    section('illustrations', 'Illustrations', list(p.illustrations, (i) => [i.caption, provenance(i.source)])),
  ];
  main.replaceChildren(...parts.filter((part): part is Node | string => part !== null));
  // A search hit links to its record: bring it into view and give it focus (keyboard users land on it).
  const target = location.hash ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
  if (target) {
    target.classList.add('target');
    target.scrollIntoView({ block: 'center' });
    target.focus();
  }
  for (const [index, o] of figures.entries()) {
    if (!o.breakdown.length) continue;
    const el = document.getElementById(`chart-breakdown-${index}`);
    if (!el) continue;
    // A withheld part is a gap in the chart (null), never a bar of 0.
    barChart(el, o.breakdown.map((b) => b.breakdownCategory ?? b.metric.label), o.breakdown.map((b) => (isWithheld(b) ? (null as unknown as number) : b.value ?? 0)), `${o.metric.label} by ${o.breakdown[0]!.breakdownDimension ?? 'group'}: see the table below`);
  }
}
