import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';

export async function runRoleLens(ctx: ContentScriptContext): Promise<void> {
  const ui = await createShadowRootUi(ctx, {
    name: 'rolelens-panel',
    position: 'inline',
    anchor: 'body',
    append: 'first',
    onMount(container) {
      const p = document.createElement('p');
      p.textContent = 'RoleLens';
      container.append(p);
    },
  });
  ui.mount();
}
