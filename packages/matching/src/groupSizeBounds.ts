/** Minimum, preferred and maximum number of people per group. */
export interface GroupSizeBounds {
  min: number;
  target: number;
  max: number;
}

/** Default bounds: groups of 3 to 6, aiming for 5. */
export const defaultGroupSizeBounds: GroupSizeBounds = { min: 3, target: 5, max: 6 };
