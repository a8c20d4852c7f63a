namespace RigPlan.Core.Planning;

/// <summary>The kind of enclosure a plan may use.</summary>
public enum FormFactorChoice
{
    /// <summary>Any enclosure (or none, cards on the board).</summary>
    Any,

    /// <summary>A desktop tower.</summary>
    Tower,

    /// <summary>An open frame with cards on risers.</summary>
    OpenFrame,

    /// <summary>A rack chassis or barebone server.</summary>
    Rack,
}
