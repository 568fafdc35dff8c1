// Builds dist/custom-elements.json from the JSDoc on the element class and from
// the table of its properties (src/card-properties.ts), so the docs cannot drift
// from the code. Only the public API goes in: private and internal members are left out.
import { readFileSync } from 'node:fs';
import { posix } from 'node:path';
import { customElementJetBrainsPlugin } from 'custom-element-jet-brains-integration';
import { customElementVsCodePlugin } from 'custom-element-vs-code-integration';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
/**
 * Where an editor's hover links to: the README's API section as npm shows it for
 * this version, so the reader sees the docs of the release they installed.
 */
const API_DOCS = { name: 'compound-card API (README)', url: `https://www.npmjs.com/package/${pkg.name}/v/${pkg.version}#api` };

/** The analyzer's own TypeScript (set on initialize): its nodes and ours must come from the same version. */
let ts;

const isPublic = (name = '') => !name.startsWith('_') && !name.startsWith('#');

/** Source files read for the table, by path from the project root. */
const sources = new Map();
function sourceOf(path) {
  if (!sources.has(path)) sources.set(path, ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true));
  return sources.get(path);
}

const fail = (node, message) => {
  const file = node.getSourceFile();
  const { line } = file.getLineAndCharacterOfPosition(node.getStart());
  throw new Error(`${file.fileName}:${line + 1}: ${message} (custom-elements-manifest.config.mjs)`);
};

/** `x as const`, `(x)`, `x satisfies T` → `x`. */
const bare = (node) =>
  ts.isAsExpression(node) || ts.isParenthesizedExpression(node) || ts.isSatisfiesExpression(node) ? bare(node.expression) : node;

/**
 * The declaration of `name` at the top of `file`, following imports to the
 * module that declares it: a variable, a type alias, or undefined (a global).
 */
function declarationOf(name, file) {
  for (const statement of file.statements) {
    if (ts.isVariableStatement(statement)) {
      const found = statement.declarationList.declarations.find((declaration) => declaration.name.getText() === name);
      if (found) return found;
    }
    if (ts.isTypeAliasDeclaration(statement) && statement.name.text === name) return statement;
    const bindings = ts.isImportDeclaration(statement) ? statement.importClause?.namedBindings : undefined;
    const imported = bindings && ts.isNamedImports(bindings) ? bindings.elements.find((element) => element.name.text === name) : undefined;
    if (imported) {
      const path = posix.join(posix.dirname(file.fileName), statement.moduleSpecifier.text).replace(/\.js$/, '.ts');
      return declarationOf((imported.propertyName ?? imported.name).text, sourceOf(path));
    }
  }
  return undefined;
}

/** A value as it is written, found through constants: `DEFAULT_TIMEOUT` → `10000`, `DEFAULT_THEME` → `'light'`. */
function valueText(node) {
  const expression = bare(node);
  if (ts.isNumericLiteral(expression)) return expression.text; // without `_` separators
  if (ts.isStringLiteral(expression) || expression.kind === ts.SyntaxKind.TrueKeyword || expression.kind === ts.SyntaxKind.FalseKeyword) {
    return expression.getText();
  }
  if (ts.isIdentifier(expression)) {
    const declaration = declarationOf(expression.text, expression.getSourceFile());
    if (declaration && ts.isVariableDeclaration(declaration) && declaration.initializer) return valueText(declaration.initializer);
  }
  return fail(expression, `cannot document the value \`${expression.getText()}\`: use a literal or a constant that holds one`);
}

/**
 * A type as a reader needs it, with aliases written out: `Theme` → `'light' | 'dark' | 'auto'`
 * (through `(typeof THEMES)[number]`), `FaqMode` → `'multiple' | 'single'`.
 */
function typeText(node) {
  if (ts.isParenthesizedTypeNode(node)) return typeText(node.type);
  if (ts.isUnionTypeNode(node)) return node.types.map(typeText).join(' | ');
  if (ts.isTypeReferenceNode(node) && ts.isIdentifier(node.typeName) && !node.typeArguments) {
    const declaration = declarationOf(node.typeName.text, node.getSourceFile());
    if (declaration && ts.isTypeAliasDeclaration(declaration)) return typeText(declaration.type);
  }
  // `(typeof LIST)[number]` of a literal array: its values.
  const list = ts.isIndexedAccessTypeNode(node) && node.indexType.kind === ts.SyntaxKind.NumberKeyword ? node.objectType : undefined;
  const query = list && (ts.isParenthesizedTypeNode(list) ? list.type : list);
  if (query && ts.isTypeQueryNode(query) && ts.isIdentifier(query.exprName)) {
    const declaration = declarationOf(query.exprName.text, node.getSourceFile());
    const values = declaration?.initializer && bare(declaration.initializer);
    if (values && ts.isArrayLiteralExpression(values)) return values.elements.map(valueText).join(' | ');
  }
  return node.getText();
}

/**
 * The manifest's member and attribute for each entry of a property table:
 * `name: property<Type>({ attribute, reflect, default, … })` under its JSDoc.
 */
function documentTable(table) {
  const members = [];
  const attributes = [];
  for (const entry of table.properties) {
    if (!ts.isPropertyAssignment(entry)) fail(entry, 'a property table entry must be `name: property<Type>({ … })`');
    const name = entry.name.getText();
    const call = bare(entry.initializer);
    const options = ts.isCallExpression(call) ? call.arguments[0] : undefined;
    const type = ts.isCallExpression(call) ? call.typeArguments?.[0] : undefined;
    if (!options || !ts.isObjectLiteralExpression(options) || !type) fail(entry, `\`${name}\` must be written \`property<Type>({ … })\``);
    const option = (key) => options.properties.find((property) => ts.isPropertyAssignment(property) && property.name.getText() === key)?.initializer;
    const description = entry.jsDoc?.length ? ts.getTextOfJSDocComment(entry.jsDoc.at(-1).comment) : undefined;
    if (!description) fail(entry, `\`${name}\` has no JSDoc`);

    const attributeOption = option('attribute');
    // As Lit names it: the option's string, none for `false`, else the lowercased property name.
    const attribute =
      attributeOption === undefined
        ? name.toLowerCase()
        : ts.isStringLiteral(attributeOption)
          ? attributeOption.text
          : attributeOption.kind === ts.SyntaxKind.FalseKeyword
            ? undefined
            : fail(attributeOption, `\`${name}\`: attribute must be a string or false`);
    const defaultValue = option('default') && valueText(option('default'));
    const typeInfo = { text: typeText(type) };

    members.push({
      kind: 'field',
      name,
      privacy: 'public',
      type: typeInfo,
      description,
      ...(defaultValue !== undefined && { default: defaultValue }),
      ...(attribute !== undefined && { attribute }),
      ...(option('reflect')?.kind === ts.SyntaxKind.TrueKeyword && { reflects: true }),
    });
    if (attribute !== undefined) {
      attributes.push({ description, name: attribute, type: typeInfo, ...(defaultValue !== undefined && { default: defaultValue }), fieldName: name });
    }
  }
  return { members, attributes };
}

/** The object literal a `static properties` spreads in (`...cardProperties`), read from the module that declares it. */
function spreadTables(classNode) {
  const properties = classNode.members.find(
    (member) => ts.isPropertyDeclaration(member) && member.name.getText() === 'properties' && member.modifiers?.some((m) => m.kind === ts.SyntaxKind.StaticKeyword),
  );
  const literal = properties?.initializer && bare(properties.initializer);
  if (!literal || !ts.isObjectLiteralExpression(literal)) return [];
  return literal.properties.filter(ts.isSpreadAssignment).map((spread) => {
    const declaration = ts.isIdentifier(spread.expression) && declarationOf(spread.expression.text, classNode.getSourceFile());
    const table = declaration?.initializer && bare(declaration.initializer);
    if (!table || !ts.isObjectLiteralExpression(table)) fail(spread, 'cannot find the object literal this spread reads');
    return table;
  });
}

export default {
  globs: ['src/compound-card.ts'],
  outdir: 'dist',
  litelement: true,
  packagejson: false,
  plugins: [
    {
      // The analyzer's Lit support reads `static properties` written out, not a
      // table spread into it: document the table's entries here instead.
      name: 'compound-card-property-table',
      initialize({ ts: analyzerTs }) {
        ts = analyzerTs;
      },
      analyzePhase({ node, moduleDoc }) {
        if (!ts.isClassDeclaration(node) || !node.name) return;
        const classDoc = moduleDoc.declarations.find((declaration) => declaration.name === node.name.text);
        for (const table of spreadTables(node)) {
          const { members, attributes } = documentTable(table);
          // Where the README has always listed them: the table's properties ahead of
          // the class's own (`status`, `retry()`); its attributes after the ones the
          // class observes itself (`lang`) and before a read-only property's (`status`),
          // which the card writes and a host only selects on.
          classDoc.members = [...members, ...classDoc.members.filter((member) => !members.some((m) => m.name === member.name))];
          classDoc.attributes = classDoc.attributes.filter((attribute) => !attributes.some((a) => a.name === attribute.name));
          const readOnlyAt = classDoc.attributes.findIndex((attribute) =>
            classDoc.members.some((member) => member.name === attribute.name && member.readonly),
          );
          classDoc.attributes.splice(readOnlyAt < 0 ? classDoc.attributes.length : readOnlyAt, 0, ...attributes);
        }
      },
    },
    {
      name: 'compound-card-public-api-only',
      packageLinkPhase({ customElementsManifest }) {
        for (const mod of customElementsManifest.modules) {
          for (const declaration of mod.declarations ?? []) {
            if (declaration.members) {
              declaration.members = declaration.members.filter(
                (member) => member.privacy !== 'private' && member.privacy !== 'protected' && isPublic(member.name),
              );
            }
            if (declaration.attributes) {
              declaration.attributes = declaration.attributes.filter((attribute) => isPublic(attribute.fieldName ?? attribute.name));
            }
          }
        }
      },
    },
    // Editor autocompletion from the finished manifest (these run after the plugin
    // above in the same phase, so they see the public API only): VS Code's HTML and
    // CSS custom data, and JetBrains' web-types (named by package.json "web-types").
    customElementVsCodePlugin({
      outdir: 'dist',
      htmlFileName: 'vscode.html-custom-data.json',
      cssFileName: 'vscode.css-custom-data.json',
      referencesTemplate: () => [API_DOCS],
      hideLogs: true,
    }),
    customElementJetBrainsPlugin({
      outdir: 'dist',
      webTypesFileName: 'web-types.json',
      // Spelt `referenceTemplate` (one link) in this generator, unlike the VS Code one.
      referenceTemplate: () => API_DOCS,
      hideLogs: true,
    }),
  ],
};
