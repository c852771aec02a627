import * as React from 'react';
{%- if framework == 'piral' %}
import { Link } from 'react-router-dom';
import {
  {% if language == 'ts' %}ComponentsState,
  ErrorComponentsState,
  MenuItemProps,
  {% endif %}Menu,
  Notifications,
  SwitchErrorInfo,
} from 'piral';

const MenuItem{% if language == 'ts' %}: React.FC<MenuItemProps>{% endif %} = ({ children }) => <li className="nav-item">{children}</li>;

export const errors{% if language == 'ts' %}: Partial<ErrorComponentsState>{% endif %} = {
  not_found: () => (
    <div>
      <p className="error">Could not find the requested page. Are you sure it exists?</p>
      <p>
        Go back <Link to="/">to the dashboard</Link>.
      </p>
    </div>
  ),
};

export const layout{% if language == 'ts' %}: Partial<ComponentsState>{% endif %} = {
  ErrorInfo: (props) => (
    <div>
      <h1>Error</h1>
      <SwitchErrorInfo {...props} />
    </div>
  ),
  DashboardContainer: ({ children }) => (
    <div>
      <h1>{{ title|e }}</h1>
      <p>Welcome to your new app shell. Pilets add their tiles here.</p>
      <div className="tiles">{children}</div>
    </div>
  ),
  DashboardTile: ({ columns, rows, children }) => <div className={`tile cols-${columns} rows-${rows}`}>{children}</div>,
  Layout: ({ children }) => (
    <div className="app">
      <Notifications />
      <Menu type="general" />
      <main className="container">{children}</main>
    </div>
  ),
  MenuContainer: ({ children }) => (
    <header>
      <nav className="menu">
        <Link className="brand" to="/">
          {{ title|e }}
        </Link>
        <ul>
          {children}
        </ul>
      </nav>
    </header>
  ),
  MenuItem,
  NotificationsHost: ({ children }) => <div className="notifications">{children}</div>,
  NotificationsToast: ({ options, onClose, children }) => (
    <div className={`notification-toast ${options.type}`}>
      <div className="notification-toast-details">
        {options.title && <div className="notification-toast-title">{options.title}</div>}
        <div className="notification-toast-description">{children}</div>
      </div>
      <button className="notification-toast-close" onClick={onClose} aria-label="Close">
        ×
      </button>
    </div>
  ),
};
{%- else %}
import { {% if language == 'ts' %}ComponentsState, ErrorComponentsState, {% endif %}SwitchErrorInfo } from 'piral-core';

export const errors{% if language == 'ts' %}: Partial<ErrorComponentsState>{% endif %} = {
  not_found: () => <p className="error">Could not find the requested page. Are you sure it exists?</p>,
};

export const layout{% if language == 'ts' %}: Partial<ComponentsState>{% endif %} = {
  ErrorInfo: (props) => (
    <div>
      <h1>Error</h1>
      <SwitchErrorInfo {...props} />
    </div>
  ),
  LoadingIndicator: () => <div className="loading">Loading…</div>,
  Layout: ({ children }) => (
    <div className="app">
      <h1>{{ title|e }}</h1>
      <main className="container">{children}</main>
    </div>
  ),
};
{%- endif %}
