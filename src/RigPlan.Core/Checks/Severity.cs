namespace RigPlan.Core.Checks;

/// <summary>How serious a finding is.</summary>
public enum Severity
{
    /// <summary>The build will not work, or is unsafe.</summary>
    Error,

    /// <summary>It works, with a real risk or cost.</summary>
    Warning,

    /// <summary>Advice.</summary>
    Info,
}
