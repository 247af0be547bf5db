import { indicatorRulesOf, type IndicatorRule, type ModuleManifest } from '../../manifest/manifest.ts';

/** The rules of every module by id; two modules may not register one id. */
export function indicatorRuleRegistry(manifests: readonly ModuleManifest[]): Map<string, IndicatorRule> {
	const registry = new Map<string, IndicatorRule>();
	for (const rule of indicatorRulesOf(manifests)) {
		if (registry.has(rule.id)) throw new Error(`Two modules register the indicator rule ${rule.id}.`);
		registry.set(rule.id, rule);
	}
	return registry;
}

let installed: Map<string, IndicatorRule> | undefined;

/**
 * Called once by the module list (`modules.ts`) with every manifest: the use cases read the rules
 * from here, so that they need not import the list that imports them.
 */
export function installIndicatorRules(manifests: readonly ModuleManifest[]): void {
	installed = indicatorRuleRegistry(manifests);
}

/** The installed rules by id. */
export function indicatorRules(): Map<string, IndicatorRule> {
	if (!installed) throw new Error('No indicator rules are installed: import src/lib/server/modules.ts first.');
	return installed;
}
