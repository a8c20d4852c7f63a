namespace RigPlan.Core.Planning;

/// <summary>Which prices cost a plan.</summary>
public enum PriceMode
{
    /// <summary>New prices only.</summary>
    New,

    /// <summary>Used prices only.</summary>
    Used,

    /// <summary>The lower of new and used.</summary>
    Any,
}
