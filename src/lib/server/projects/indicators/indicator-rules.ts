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
