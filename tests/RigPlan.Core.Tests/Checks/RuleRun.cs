using RigPlan.Core.Builds;
using RigPlan.Core.Checks;
using RigPlan.Testing;

namespace RigPlan.Core.Tests.Checks;

/// <summary>Runs one rule over a build.</summary>
internal static class RuleRun
{
    public static List<Finding> Findings(IBuildRule rule, BuildSpec build) =>
        [.. rule.Check(new BuildContext(build, Repo.Catalog))];

    public static Finding Single(IBuildRule rule, BuildSpec build, Severity severity)
    {
        var findings = Findings(rule, build).Where(f => f.Severity == severity).ToList();
        var finding = Assert.Single(findings);
        Assert.Equal(rule.Info.Id, finding.Rule);
        Assert.False(string.IsNullOrWhiteSpace(finding.Message));
        return finding;
    }

    public static void Silent(IBuildRule rule, BuildSpec build, Severity atLeast = Severity.Warning) =>
        Assert.DoesNotContain(Findings(rule, build), f => f.Severity <= atLeast);
}
