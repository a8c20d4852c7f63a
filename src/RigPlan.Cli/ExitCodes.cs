namespace RigPlan.Cli;

/// <summary>The exit codes scripts rely on.</summary>
internal static class ExitCodes
{
    /// <summary>Success.</summary>
    public const int Ok = 0;

    /// <summary>The build has errors (the checker's verdict).</summary>
    public const int BuildErrors = 1;

    /// <summary>Bad input: an unknown part, a malformed file, an invalid option.</summary>
    public const int BadInput = 2;
}
