// Every export says what it does and what it assumes: a `/** … */` comment directly before it.
// Re-exports (`export * from`, `export { x } from`) and test files are exempt.

/** @type {import('eslint').Rule.RuleModule} */
export const docCommentsRule = {
  meta: { type: 'suggestion', docs: { description: 'Require a doc comment on every export' }, schema: [] },
  create(context) {
    const source = context.sourceCode;
    function hasDoc(node) {
      const comments = source.getCommentsBefore(node);
      const last = comments[comments.length - 1];
      return Boolean(last && last.type === 'Block' && last.value.startsWith('*'));
    }
    function report(node, name) {
      context.report({ node, message: `Export '${name}' needs a /** doc comment */ saying what it does and what it assumes.` });
    }
    return {
      ExportNamedDeclaration(node) {
        if (!node.declaration || hasDoc(node)) return;
        const d = node.declaration;
        const name = d.id?.name ?? d.declarations?.map((x) => x.id.name).join(', ') ?? 'declaration';
        report(node, name);
      },
      ExportDefaultDeclaration(node) {
        if (!hasDoc(node)) report(node, 'default');
      },
    };
  },
};
