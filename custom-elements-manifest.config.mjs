// Builds dist/custom-elements.json from the JSDoc on the element class and from
// the table of its properties (src/card-properties.ts), so the docs cannot drift
// from the code. Only the public API goes in: private and internal members are left out.
import { readFileSync } from 'node:fs';
import { posix } from 'node:path';
import { customElementJetBrainsPlugin } from 'custom-element-jet-brains-integration';
import { customElementVsCodePlugin } from 'custom-element-vs-code-integration';

/**
 * The analyzer's own TypeScript and the node types of that copy: the analyzer depends
 * on a version of its own, which `import('typescript')` here (the project's) would not
 * name. Each node type is read off that copy's type guard for it (`ts.isClassDeclaration`
 * → `ClassDeclaration`).
 * @typedef {import('@custom-elements-manifest/analyzer').InitializeParams['ts']} TS
 * @typedef {import('@custom-elements-manifest/analyzer').AnalyzePhaseParams['node']} Node
 * @typedef {ReturnType<TS['createSourceFile']>} SourceFile
 * @typedef {Guarded<TS['isExpression']>} Expression
 * @typedef {Guarded<TS['isTypeNode']>} TypeNode
 * @typedef {Guarded<TS['isVariableDeclaration']>} VariableDeclaration
 * @typedef {Guarded<TS['isTypeAliasDeclaration']>} TypeAliasDeclaration
 * @typedef {Guarded<TS['isClassDeclaration']>} ClassDeclaration
 * @typedef {Guarded<TS['isPropertyAssignment']>} PropertyAssignment
 * @typedef {Guarded<TS['isObjectLiteralExpression']>} ObjectLiteralExpression
 * @typedef {Guarded<TS['isStringLiteral']>} StringLiteral
 * @typedef {Guarded<TS['isJSDoc']>} JSDoc
 */
/**
 * @template Guard
 * @typedef {Guard extends (node: Node) => node is (infer T extends Node) ? T : never} Guarded
 */
/**
 * The manifest's entries as the analyzer writes them. Its schema's types (version
 * 1.0.0) leave out a field's `attribute`, `reflects` and `readonly`, and a custom
 * element's `attributes` on its declaration.
 * @typedef {import('custom-elements-manifest/schema.js').Attribute} Attribute
 * @typedef {import('custom-elements-manifest/schema.js').Declaration} Declaration
 * @typedef {import('custom-elements-manifest/schema.js').ClassMember & { attribute?: string, reflects?: boolean, readonly?: boolean }} Member
 * @typedef {Omit<import('custom-elements-manifest/schema.js').ClassDeclaration, 'members'> & { members: Member[], attributes: Attribute[] }} ClassDoc
 */

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
/**
 * Where an editor's hover links to: the README's API section as npm shows it for
 * this version, so the reader sees the docs of the release they installed.
 */
const API_DOCS = { name: 'compound-card API (README)', url: `https://www.npmjs.com/package/${pkg.name}/v/${pkg.version}#api` };

/**
 * The analyzer's own TypeScript (set on initialize): its nodes and ours must come from the same version.
 * @type {TS}
 */
let ts;

const isPublic = (name = '') => !name.startsWith('_') && !name.startsWith('#');

/**
 * Source files read for the table, by path from the project root.
 * @type {Map<string, SourceFile>}
 */
const sources = new Map();
/** @param {string} path */
function sourceOf(path) {
  let source = sources.get(path);
  if (!source) {
    source = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true);
    sources.set(path, source);
  }
  return source;
}

/** @type {(node: Node, message: string) => never} */
const fail = (node, message) => {
  const file = node.getSourceFile();
  const { line } = file.getLineAndCharacterOfPosition(node.getStart());
  throw new Error(`${file.fileName}:${line + 1}: ${message} (custom-elements-manifest.config.mjs)`);
};

/**
 * `x as const`, `(x)`, `x satisfies T` → `x`.
 * @type {(node: Expression) => Expression}
 */
const bare = (node) =>
  ts.isAsExpression(node) || ts.isParenthesizedExpression(node) || ts.isSatisfiesExpression(node) ? bare(node.expression) : node;

/**
 * The declaration of `name` at the top of `file`, following imports to the
 * module that declares it: a variable, a type alias, or undefined (a global).
 * @param {string} name
 * @param {SourceFile} file
 * @returns {VariableDeclaration | TypeAliasDeclaration | undefined}
 */
function declarationOf(name, file) {
  for (const statement of file.statements) {
    if (ts.isVariableStatement(statement)) {
      const found = statement.declarationList.declarations.find((declaration) => declaration.name.getText() === name);
      if (found) return found;
    }
    if (ts.isTypeAliasDeclaration(statement) && statement.name.text === name) return statement;
    if (!ts.isImportDeclaration(statement)) continue;
    const bindings = statement.importClause?.namedBindings;
    const imported = bindings && ts.isNamedImports(bindings) ? bindings.elements.find((element) => element.name.text === name) : undefined;
    if (imported) {
      // An import's module is a string: TypeScript's grammar allows nothing else, though its node type is any expression.
      const module = /** @type {StringLiteral} */ (statement.moduleSpecifier);
      const path = posix.join(posix.dirname(file.fileName), module.text).replace(/\.js$/, '.ts');
      return declarationOf((imported.propertyName ?? imported.name).text, sourceOf(path));
    }
  }
  return undefined;
}

/**
 * A value as it is written, found through constants: `DEFAULT_TIMEOUT` → `10000`, `DEFAULT_THEME` → `'light'`.
 * @param {Expression} node
 * @returns {string}
 */
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
 * @param {TypeNode} node
 * @returns {string}
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
    const initializer = declaration && ts.isVariableDeclaration(declaration) ? declaration.initializer : undefined;
    const values = initializer && bare(initializer);
    if (values && ts.isArrayLiteralExpression(values)) return values.elements.map(valueText).join(' | ');
  }
  return node.getText();
}

/**
 * The manifest's member and attribute for each entry of a property table:
 * `name: property<Type>({ attribute, reflect, default, … })` under its JSDoc.
 * @param {ObjectLiteralExpression} table
 */
function documentTable(table) {
  /** @type {Member[]} */
  const members = [];
  /** @type {Attribute[]} */
  const attributes = [];
  for (const entry of table.properties) {
    if (!ts.isPropertyAssignment(entry)) fail(entry, 'a property table entry must be `name: property<Type>({ … })`');
    const name = entry.name.getText();
    const call = bare(entry.initializer);
    const options = ts.isCallExpression(call) ? call.arguments[0] : undefined;
    const type = ts.isCallExpression(call) ? call.typeArguments?.[0] : undefined;
    if (!options || !ts.isObjectLiteralExpression(options) || !type) fail(entry, `\`${name}\` must be written \`property<Type>({ … })\``);
    const option = (/** @type {string} */ key) => options.properties.filter(ts.isPropertyAssignment).find((property) => property.name.getText() === key)?.initializer;
    // The parser hangs a node's JSDoc on it as `jsDoc`, which TypeScript's public types leave out.
    const docs = /** @type {PropertyAssignment & { jsDoc?: JSDoc[] }} */ (entry).jsDoc;
    const description = docs?.length ? ts.getTextOfJSDocComment(docs.at(-1)?.comment) : undefined;
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
    const defaultOption = option('default');
    const defaultValue = defaultOption && valueText(defaultOption);
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

/**
 * The object literal a `static properties` spreads in (`...cardProperties`), read from the module that declares it.
 * @param {ClassDeclaration} classNode
 */
function spreadTables(classNode) {
  const properties = classNode.members.filter(ts.isPropertyDeclaration).find(
    (member) => member.name.getText() === 'properties' && member.modifiers?.some((m) => m.kind === ts.SyntaxKind.StaticKeyword),
  );
  const literal = properties?.initializer && bare(properties.initializer);
  if (!literal || !ts.isObjectLiteralExpression(literal)) return [];
  return literal.properties.filter(ts.isSpreadAssignment).map((spread) => {
    const declaration = ts.isIdentifier(spread.expression) && declarationOf(spread.expression.text, classNode.getSourceFile());
    const table = declaration && ts.isVariableDeclaration(declaration) && declaration.initializer && bare(declaration.initializer);
    if (!table || !ts.isObjectLiteralExpression(table)) fail(spread, 'cannot find the object literal this spread reads');
    return table;
  });
}

/**
 * Whether the analyzer's doc of a class has the lists the table's entries go into
 * (its createClass starts every class with them).
 * @param {Declaration | undefined} doc
 * @returns {doc is ClassDoc}
 */
const isClassDoc = (doc) => doc?.kind === 'class' && Array.isArray(doc.members) && 'attributes' in doc && Array.isArray(doc.attributes);

/**
 * The analyzer's `Config` types `plugins` as functions, but it calls each plugin's
 * hooks (its src/create.js): they are `Plugin` objects, typed as such here.
 * @typedef {import('@custom-elements-manifest/analyzer').Plugin} Plugin
 * @typedef {Omit<import('@custom-elements-manifest/analyzer').Config, 'plugins'> & { plugins: Plugin[] }} Config
 */
/**
 * The hooks' parameters with the manifest typed. The analyzer's index.d.ts imports the
 * schema as 'custom-elements-manifest/schema', which does not resolve as an ES module
 * (no extension, no exports map), so its `moduleDoc` and `customElementsManifest` are `any`.
 * @typedef {Omit<import('@custom-elements-manifest/analyzer').AnalyzePhaseParams, 'moduleDoc'>
 *   & { moduleDoc: Partial<import('custom-elements-manifest/schema.js').Module> }} AnalyzePhaseParams
 * @typedef {Omit<import('@custom-elements-manifest/analyzer').PackageLinkPhaseParams, 'customElementsManifest'>
 *   & { customElementsManifest: import('custom-elements-manifest/schema.js').Package }} PackageLinkPhaseParams
 */

export default /** @satisfies {Config} */ ({
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
      /** @param {AnalyzePhaseParams} params */
      analyzePhase({ node, moduleDoc }) {
        if (!ts.isClassDeclaration(node) || !node.name) return;
        const className = node.name.text;
        const classDoc = moduleDoc.declarations?.find((declaration) => declaration.name === className);
        for (const table of spreadTables(node)) {
          if (!isClassDoc(classDoc)) fail(node, `the analyzer has no class with members and attributes for \`${className}\``);
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
      /** @param {PackageLinkPhaseParams} params */
      packageLinkPhase({ customElementsManifest }) {
        for (const mod of customElementsManifest.modules) {
          for (const declaration of mod.declarations ?? []) {
            if ('members' in declaration && declaration.members) {
              declaration.members = declaration.members.filter(
                (member) => member.privacy !== 'private' && member.privacy !== 'protected' && isPublic(member.name),
              );
            }
            // A custom element's attributes: the analyzer writes them on its declaration, where the schema's types (version 1.0.0) have none.
            const element = /** @type {{ attributes?: Attribute[] }} */ (declaration);
            if (element.attributes) {
              element.attributes = element.attributes.filter((attribute) => isPublic(attribute.fieldName ?? attribute.name));
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
});
