using System.Globalization;

namespace RigPlan.Core.Units;

/// <summary>Integer throughput, in 10^12 operations per second.</summary>
public readonly record struct TeraOps : IComparable<TeraOps>
{
    /// <summary>Makes a quantity; it must be finite and not negative.</summary>
    public TeraOps(double value) => Value = Guard.NonNegative(value, nameof(value));

    /// <summary>The amount, in TOPS.</summary>
    public double Value { get; }

    /// <summary>Zero.</summary>
    public static TeraOps Zero => default;

    /// <inheritdoc />
    public int CompareTo(TeraOps other) => Value.CompareTo(other.Value);

    /// <summary>Adds two amounts.</summary>
    public static TeraOps operator +(TeraOps a, TeraOps b) => new(a.Value + b.Value);

    /// <summary>Scales an amount by a count or factor.</summary>
    public static TeraOps operator *(TeraOps a, double factor) => new(a.Value * factor);

    /// <summary>The ratio of two amounts.</summary>
    public static double operator /(TeraOps a, TeraOps b) => a.Value / b.Value;

    /// <summary>Compares two amounts.</summary>
    public static bool operator <(TeraOps a, TeraOps b) => a.Value < b.Value;

    /// <summary>Compares two amounts.</summary>
    public static bool operator >(TeraOps a, TeraOps b) => a.Value > b.Value;

    /// <summary>Compares two amounts.</summary>
    public static bool operator <=(TeraOps a, TeraOps b) => a.Value <= b.Value;

    /// <summary>Compares two amounts.</summary>
    public static bool operator >=(TeraOps a, TeraOps b) => a.Value >= b.Value;

    /// <inheritdoc />
    public override string ToString() => Value.ToString("0.###", CultureInfo.InvariantCulture) + " TOPS";
}
