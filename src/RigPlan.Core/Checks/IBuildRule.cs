namespace RigPlan.Core.Checks;

/// <summary>A check on a build. Each rule is a small type with its own tests; the planner runs the same rules.</summary>
public interface IBuildRule
{
    /// <summary>What the rule is.</summary>
    RuleInfo Info { get; }

    /// <summary>The rule's findings for a build (empty when it has nothing to say).</summary>
    IEnumerable<Finding> Check(BuildContext build);
}
