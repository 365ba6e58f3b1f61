import { Button, type ButtonProps } from '@mantine/core';
import { createLink, type LinkComponent } from '@tanstack/react-router';
import { type AnchorHTMLAttributes, forwardRef } from 'react';

type MantineButtonAnchorProps = ButtonProps & AnchorHTMLAttributes<HTMLAnchorElement>;

const MantineButtonAnchor = forwardRef<HTMLAnchorElement, MantineButtonAnchorProps>((props, ref) => (
  <Button component="a" ref={ref} {...props} />
));
const CreatedButtonLink = createLink(MantineButtonAnchor);

/** A link that looks like a Mantine Button and navigates with the router, with typed params. */
export const ButtonLink: LinkComponent<typeof MantineButtonAnchor> = (props) => (
  <CreatedButtonLink {...props} />
);
