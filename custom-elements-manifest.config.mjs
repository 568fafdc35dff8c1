// Builds dist/custom-elements.json from the JSDoc on the element class.
// Only the public API goes in: private and internal members are left out.
const isPublic = (name = '') => !name.startsWith('_') && !name.startsWith('#');

export default {
  globs: ['src/compound-card.ts'],
  outdir: 'dist',
  litelement: true,
  packagejson: false,
  plugins: [
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
  ],
};
