/* Generated from schema/teams.schema.json by `npm run gen:types`. Do not edit by hand. */

/**
 * `systems/teams.yaml`: every team that owns systems, declared once. A system's `owner` must name one of these ids.
 */
export interface TeamsFile {
  /**
   * The teams.
   */
  teams: {
    /**
     * Team id, kebab-case; what `owner` refers to.
     */
    id: string;
    /**
     * Team name as people say it.
     */
    name: string;
    /**
     * What the team does.
     */
    description?: string;
    /**
     * The team's chat channel.
     */
    chat?: string;
    /**
     * The team's mailing list.
     */
    email?: string;
    /**
     * How to reach whoever is on call for the team (rotation name, pager alias or URL); a system's own `contacts.oncall` wins.
     */
    oncall?: string;
    /**
     * Who to escalate to when the team's on call cannot help, in order; a system's own `contacts.escalation` wins.
     */
    escalation?: string;
    /**
     * People on the team.
     */
    members?: {
      /**
       * Full name.
       */
      name: string;
      /**
       * Chat nickname.
       */
      handle?: string;
      /**
       * Email address.
       */
      email?: string;
      /**
       * Role on the team.
       */
      role?: string;
    }[];
  }[];
}
