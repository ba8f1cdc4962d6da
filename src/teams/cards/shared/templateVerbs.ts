/** Every Action.Execute verb in some card templates (the verb/handler tests compare them with the handlers' tables). */
export function actionExecuteVerbsIn(templates: readonly unknown[]): string[] {
  const verbs = new Set<string>();
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(visit);
    else if (node && typeof node === 'object') {
      const record = node as Record<string, unknown>;
      if (record.type === 'Action.Execute' && typeof record.verb === 'string') verbs.add(record.verb);
      Object.values(record).forEach(visit);
    }
  };
  templates.forEach(visit);
  return [...verbs];
}
